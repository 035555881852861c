# Key Vault Reader lists secrets but cannot read their values; the reference then stays unresolved.
az webapp identity assign -g rg-portal -n {{app}}
principalId=$(az webapp identity show -g rg-portal -n {{app}} --query principalId -o tsv)
az role assignment create --assignee-object-id $principalId --assignee-principal-type ServicePrincipal --role "Key Vault Reader" --scope $(az keyvault show -n {{vault}} --query id -o tsv)
az webapp config appsettings set -g rg-portal -n {{app}} --settings "DB_PASSWORD=@Microsoft.KeyVault(SecretUri=https://{{vault}}.vault.azure.net/secrets/db-password/)"
invoke {{app}}
