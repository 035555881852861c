# An access policy on a vault that uses the RBAC permission model: az refuses it.
az webapp identity assign -g rg-portal -n {{app}}
principalId=$(az webapp identity show -g rg-portal -n {{app}} --query principalId -o tsv)
az keyvault set-policy --name {{vault}} --object-id $principalId --secret-permissions get
invoke {{app}}
