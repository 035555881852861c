# Re-grants the new identity but leaves the orphaned assignment behind.
invoke {{app}}
principalId=$(az webapp identity show -g rg-signing -n {{app}} --query principalId -o tsv)
az role assignment create --assignee-object-id $principalId --assignee-principal-type ServicePrincipal --role "Key Vault Secrets User" --scope $(az keyvault show -n {{vault}} --query id -o tsv)
sleep 60
invoke {{app}}
