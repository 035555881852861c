# Cleans up and re-grants, then invokes before the new assignment has propagated.
invoke {{app}}
vaultId=$(az keyvault show -n {{vault}} --query id -o tsv)
principalId=$(az webapp identity show -g rg-signing -n {{app}} --query principalId -o tsv)
az role assignment delete --ids $(az role assignment list --scope $vaultId --query "[?principalId!='$principalId'].id" -o tsv)
az role assignment create --assignee-object-id $principalId --assignee-principal-type ServicePrincipal --role "Key Vault Secrets User" --scope $vaultId
invoke {{app}}
