# Container-scoped data role: one container yes, the other no
# Reproduces the situation described in the question; run it in a fresh sandbox.
az group create -n rg-q -l westeurope -o none
az storage account create -n stq01 -g rg-q -l westeurope --sku Standard_LRS -o none
az storage container create --account-name stq01 -n reports --auth-mode key -o none
az storage blob upload --account-name stq01 -c reports -n hello.txt --data 'hello from blob' --auth-mode key -o none
SA_ID=$(az storage account show -n stq01 -g rg-q --query id -o tsv)
az storage container create --account-name stq01 -n archive --auth-mode key -o none
az storage blob upload --account-name stq01 -c archive -n hello.txt --data 'old' --auth-mode key -o none
az vm create -g rg-q -n vm1 --image Ubuntu2204 --assign-identity --generate-ssh-keys -o none
PRINCIPAL_ID=$(az vm identity show -g rg-q -n vm1 --query principalId -o tsv)
az role assignment create --assignee-object-id "$PRINCIPAL_ID" --assignee-principal-type ServicePrincipal --role "Storage Blob Data Reader" --scope "$SA_ID/blobServices/default/containers/reports" -o none
sleep 600
TOKEN=$(exec vm1 -- curl -s -H "Metadata: true" 'http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://storage.azure.com/' | jq -r .access_token)
echo '--- reports'
curl -s -H "Authorization: Bearer $TOKEN" -H "x-ms-version: 2020-04-08" "https://stq01.blob.core.windows.net/reports/hello.txt"
echo '--- archive'
curl -s -H "Authorization: Bearer $TOKEN" -H "x-ms-version: 2020-04-08" "https://stq01.blob.core.windows.net/archive/hello.txt"
