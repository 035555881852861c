# Cosmos DB write without a data-plane role
# Reproduces the situation described in the question; run it in a fresh sandbox.
az group create -n rg-q -l westeurope -o none
az cosmosdb create -n cosq01 -g rg-q -o none
az cosmosdb sql database create -a cosq01 -g rg-q -n shop -o none
az cosmosdb sql container create -a cosq01 -g rg-q -d shop -n orders -p /id -o none
az storage account create -n stq01 -g rg-q -l westeurope --sku Standard_LRS -o none
az functionapp create -g rg-q -n fnq01 --storage-account stq01 --consumption-plan-location westeurope --runtime dotnet-isolated --functions-version 4 -o none
az functionapp identity assign -g rg-q -n fnq01 -o none
TOKEN=$(exec fnq01 -- curl -s -H 'X-IDENTITY-HEADER: $IDENTITY_HEADER' '$IDENTITY_ENDPOINT?resource=https://cosq01.documents.azure.com&api-version=2019-08-01' | jq -r .access_token)
curl -s -i -X POST "https://cosq01.documents.azure.com/dbs/shop/colls/orders/docs" -H "Authorization: type%3Daad%26ver%3D1.0%26sig%3D$TOKEN" -H "x-ms-version: 2018-12-31" -H "x-ms-date: Thu, 01 Jan 2026 09:10:00 GMT" -H 'x-ms-documentdb-partitionkey: ["o-1001"]' -H "Content-Type: application/json" -d '{"id":"o-1001","total":42}'
