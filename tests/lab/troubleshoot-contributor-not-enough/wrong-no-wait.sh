# Right fix, checked too early: the new assignment has not propagated.
invoke {{app}}
principalId=$(az webapp identity show -g rg-billing -n {{app}} --query principalId -o tsv)
az role assignment create --assignee-object-id $principalId --assignee-principal-type ServicePrincipal --role "Storage Blob Data Reader" --scope $(az storage account show -n {{st}} -g rg-billing --query id -o tsv)/blobServices/default/containers/templates
az role assignment delete --assignee $principalId --role Contributor --scope $(az group show -n rg-billing --query id -o tsv)
invoke {{app}}
