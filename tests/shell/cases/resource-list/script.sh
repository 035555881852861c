# az resource list (azure-cli resource/custom.py list_resources: -g must exist; filters by name, type, location,
# tag; --tag excludes the other filters; table columns from transform_resource_list) and az cosmosdb list.
az group create -n rg1 -l eastus -o none
az group create -n rg2 -l westus -o none
az storage account create -n stfunc -g rg1 -o none
az functionapp create -n fn1 -g rg1 -s stfunc -c eastus -o none --only-show-errors
az cosmosdb create -n cosmos-shop -g rg1 -o none
az cosmosdb create -n cosmos-west -g rg2 -o none
az resource list --query "[].name" -o tsv | sort
az resource list -g rg1 --resource-type Microsoft.DocumentDB/databaseAccounts --query "[].{name:name, rg:resourceGroup, type:type}" -o json
az resource list --name FN1 --query "[0].{kind:kind, properties:properties, managedBy:managedBy}" -o json
az resource list -g rg1 -o table
az resource list -l westus --query "[].name" -o tsv
az resource list -g nosuch
echo "status $?"
az resource list --resource-type DocumentDB
echo "status $?"
az resource list --tag env=prod -g rg1
echo "status $?"
az resource list --bogus
echo "status $?"
echo "--- cosmosdb list"
az cosmosdb list --query "[].{name:name, endpoint:documentEndpoint, local:disableLocalAuth}" -o json
az cosmosdb list -g rg2 --query "[].name" -o tsv
az cosmosdb list -g nosuch
echo "status $?"
az cosmosdb list --name x
echo "status $?"
