// Temporary until the JMESPath sources land.
namespace Keyless { int jmespathPlaceholder() { return 0; } }
