# Management operation with a token on the data plane
# Reproduces the situation described in the question; run it in a fresh sandbox.
az group create -n rg-q -l westeurope -o none
az cosmosdb create -n cosq01 -g rg-q -o none
az storage account create -n stq01 -g rg-q -l westeurope --sku Standard_LRS -o none
az functionapp create -g rg-q -n fnq01 --storage-account stq01 --consumption-plan-location westeurope --runtime dotnet-isolated --functions-version 4 -o none
PRINCIPAL_ID=$(az functionapp identity assign -g rg-q -n fnq01 --query principalId -o tsv)
az cosmosdb sql role assignment create -a cosq01 -g rg-q --scope "/" --principal-id "$PRINCIPAL_ID" --role-definition-id 00000000-0000-0000-0000-000000000002 -o none
sleep 600
TOKEN=$(exec fnq01 -- curl -s -H 'X-IDENTITY-HEADER: $IDENTITY_HEADER' '$IDENTITY_ENDPOINT?resource=https://cosq01.documents.azure.com&api-version=2019-08-01' | jq -r .access_token)
curl -s -i -X POST "https://cosq01.documents.azure.com/dbs" -H "Authorization: type%3Daad%26ver%3D1.0%26sig%3D$TOKEN" -H "x-ms-version: 2018-12-31" -H "x-ms-date: Thu, 01 Jan 2026 09:10:00 GMT" -H "Content-Type: application/json" -d '{"id":"shop"}'
