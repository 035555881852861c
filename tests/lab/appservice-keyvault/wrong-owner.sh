# Owner of the resource group: all-powerful on the control plane, still no secret values.
az webapp identity assign -g rg-portal -n {{app}}
principalId=$(az webapp identity show -g rg-portal -n {{app}} --query principalId -o tsv)
az role assignment create --assignee-object-id $principalId --assignee-principal-type ServicePrincipal --role Owner --scope $(az group show -n rg-portal --query id -o tsv)
az webapp config appsettings set -g rg-portal -n {{app}} --settings "DB_PASSWORD=@Microsoft.KeyVault(SecretUri=https://{{vault}}.vault.azure.net/secrets/db-password/)"
invoke {{app}}
