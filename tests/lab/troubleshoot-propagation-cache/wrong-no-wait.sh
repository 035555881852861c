# The direct assignment is right, but it is checked before it has propagated.
invoke {{app}}
principalId=$(az webapp identity show -g rg-analytics -n {{app}} --query principalId -o tsv)
az role assignment create --assignee-object-id $principalId --assignee-principal-type ServicePrincipal --role "Storage Blob Data Reader" --scope $(az storage account show -n {{st}} -g rg-analytics --query id -o tsv)/blobServices/default/containers/exports
invoke {{app}}
