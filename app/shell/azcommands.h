#pragma once

namespace Keyless::Shell {

class AzCli;

// Registers the az groups and commands a managed-identity lab needs (facts §9), with their real names,
// flags, required arguments and output shapes, implemented on the simulated cloud.
void registerAzCommands(AzCli &az);

} // namespace Keyless::Shell
