# Adds the data role but leaves Contributor in place.
invoke {{app}}
principalId=$(az webapp identity show -g rg-billing -n {{app}} --query principalId -o tsv)
az role assignment create --assignee-object-id $principalId --assignee-principal-type ServicePrincipal --role "Storage Blob Data Reader" --scope $(az storage account show -n {{st}} -g rg-billing --query id -o tsv)/blobServices/default/containers/templates
sleep 120
invoke {{app}}
