# Works, but the reader role covers the whole account, payroll included.
az vm identity assign -g rg-reports -n {{vm}}
principalId=$(az vm identity show -g rg-reports -n {{vm}} --query principalId -o tsv)
az role assignment create --assignee-object-id $principalId --assignee-principal-type ServicePrincipal --role "Storage Blob Data Reader" --scope $(az storage account show -n {{st}} -g rg-reports --query id -o tsv)
token=$(exec {{vm}} -- curl -s -H 'Metadata: true' 'http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://storage.azure.com/' | jq -r .access_token)
exec {{vm}} -- curl -s -H "Authorization: Bearer $token" -H 'x-ms-version: 2020-04-08' https://{{st}}.blob.core.windows.net/reports/q3.csv
