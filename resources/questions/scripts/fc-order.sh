# The five steps in order, on a Function App that starts with a key-based connection string.
# Starts from resources/questions/worlds/func-cosmos-key.json.
PRINCIPAL_ID=$(az functionapp identity assign -g rg-q -n fnq01 --query principalId -o tsv)
az cosmosdb sql role assignment create -a cosq01 -g rg-q --scope "/dbs/shop/colls/orders" --principal-id "$PRINCIPAL_ID" --role-definition-id 00000000-0000-0000-0000-000000000002 -o none
sleep 600
az functionapp config appsettings set -g rg-q -n fnq01 --settings CosmosDbConnection__accountEndpoint=https://cosq01.documents.azure.com:443/ -o none
az functionapp config appsettings delete -g rg-q -n fnq01 --setting-names CosmosDbConnection -o none
az cosmosdb update -n cosq01 -g rg-q --disable-local-auth true -o none
invoke --json fnq01 | jq -r 'if .ok then "order written" else "failed: \(.steps[0].message)" end'
