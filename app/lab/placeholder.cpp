// Temporary: keeps the lab library non-empty until its first real source lands.
namespace Keyless { int labPlaceholder() { return 0; } }
