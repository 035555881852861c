// Temporary: keeps the content library non-empty until its first real source lands.
namespace Keyless { int contentPlaceholder() { return 0; } }
