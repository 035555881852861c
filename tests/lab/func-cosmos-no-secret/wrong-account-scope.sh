# Works, but the data role covers the whole account instead of the shop database.
az functionapp identity assign -g rg-orders -n {{app}}
principalId=$(az functionapp identity show -g rg-orders -n {{app}} --query principalId -o tsv)
az cosmosdb sql role assignment create -a {{cosmos}} -g rg-orders -s / -p $principalId -d 00000000-0000-0000-0000-000000000002
az functionapp config appsettings set -g rg-orders -n {{app}} --settings CosmosDb__accountEndpoint=https://{{cosmos}}.documents.azure.com:443/
az functionapp config appsettings delete -g rg-orders -n {{app}} --setting-names CosmosDb
az cosmosdb update -n {{cosmos}} -g rg-orders --disable-local-auth true
invoke {{app}}
