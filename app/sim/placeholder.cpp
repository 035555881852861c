// Temporary: keeps the sim library non-empty until its first real source lands.
namespace Keyless { int simPlaceholder() { return 0; } }
