#pragma once

#include <QString>

namespace Keyless::Sim {

// An App Service Key Vault reference in an app setting (facts §6.6):
// @Microsoft.KeyVault(SecretUri=https://<vault>.vault.azure.net/secrets/<name>[/<version>])
// @Microsoft.KeyVault(VaultName=<vault>;SecretName=<name>[;SecretVersion=<version>])
struct KeyVaultReference {
    bool isReference = false; // starts with @Microsoft.KeyVault(
    bool valid = false;       // parsed (else status InvalidSyntax)
    QString vaultName;
    QString secretName;
    QString version;

    static KeyVaultReference parse(const QString &value);
};

} // namespace Keyless::Sim
