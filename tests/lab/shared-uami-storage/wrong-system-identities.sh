# Two system-assigned identities and two role assignments: uploads work, but the shared identity is unused.
accountId=$(az storage account show -n {{st}} -g rg-media --query id -o tsv)
az functionapp identity assign -g rg-media -n {{ingest}}
az functionapp identity assign -g rg-media -n {{resize}}
az role assignment create --assignee-object-id $(az functionapp identity show -g rg-media -n {{ingest}} --query principalId -o tsv) --assignee-principal-type ServicePrincipal --role "Storage Blob Data Contributor" --scope $accountId/blobServices/default/containers/uploads
az role assignment create --assignee-object-id $(az functionapp identity show -g rg-media -n {{resize}} --query principalId -o tsv) --assignee-principal-type ServicePrincipal --role "Storage Blob Data Contributor" --scope $accountId/blobServices/default/containers/uploads
az functionapp config appsettings set -g rg-media -n {{ingest}} --settings Storage__blobServiceUri=https://{{st}}.blob.core.windows.net Storage__credential=managedidentity
az functionapp config appsettings set -g rg-media -n {{resize}} --settings Storage__blobServiceUri=https://{{st}}.blob.core.windows.net Storage__credential=managedidentity
az functionapp config appsettings delete -g rg-media -n {{ingest}} --setting-names Storage
az functionapp config appsettings delete -g rg-media -n {{resize}} --setting-names Storage
