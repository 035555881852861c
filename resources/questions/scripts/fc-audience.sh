# Audience of a Cosmos DB token
# Reproduces the situation described in the question; run it in a fresh sandbox.
az group create -n rg-q -l westeurope -o none
az cosmosdb create -n cosq01 -g rg-q -o none
az cosmosdb sql database create -a cosq01 -g rg-q -n shop -o none
az cosmosdb sql container create -a cosq01 -g rg-q -d shop -n orders -p /id -o none
az storage account create -n stq01 -g rg-q -l westeurope --sku Standard_LRS -o none
az functionapp create -g rg-q -n fnq01 --storage-account stq01 --consumption-plan-location westeurope --runtime dotnet-isolated --functions-version 4 -o none
az functionapp identity assign -g rg-q -n fnq01 -o none
exec fnq01 -- curl -s -H 'X-IDENTITY-HEADER: $IDENTITY_HEADER' '$IDENTITY_ENDPOINT?resource=https://cosq01.documents.azure.com&api-version=2019-08-01' | jq -r .resource
