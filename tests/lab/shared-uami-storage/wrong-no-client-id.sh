# Identity-based connections without __clientId: the runtime asks for a system-assigned identity the apps do not have.
uamiId=$(az identity show -g rg-media -n {{uami}} --query id -o tsv)
principalId=$(az identity show -g rg-media -n {{uami}} --query principalId -o tsv)
az functionapp identity assign -g rg-media -n {{ingest}} --identities $uamiId
az functionapp identity assign -g rg-media -n {{resize}} --identities $uamiId
az role assignment create --assignee-object-id $principalId --assignee-principal-type ServicePrincipal --role "Storage Blob Data Contributor" --scope $(az storage account show -n {{st}} -g rg-media --query id -o tsv)/blobServices/default/containers/uploads
az functionapp config appsettings set -g rg-media -n {{ingest}} --settings Storage__blobServiceUri=https://{{st}}.blob.core.windows.net Storage__credential=managedidentity
az functionapp config appsettings set -g rg-media -n {{resize}} --settings Storage__blobServiceUri=https://{{st}}.blob.core.windows.net Storage__credential=managedidentity
az functionapp config appsettings delete -g rg-media -n {{ingest}} --setting-names Storage
az functionapp config appsettings delete -g rg-media -n {{resize}} --setting-names Storage
invoke {{ingest}}
