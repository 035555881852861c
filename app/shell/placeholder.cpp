// Temporary: keeps the shell library non-empty until its first real source lands.
namespace Keyless { int shellPlaceholder() { return 0; } }
