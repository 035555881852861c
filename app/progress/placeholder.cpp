// Temporary: keeps the progress library non-empty until its first real source lands.
namespace Keyless { int progressPlaceholder() { return 0; } }
