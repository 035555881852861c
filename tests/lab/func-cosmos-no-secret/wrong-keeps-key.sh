# Identity and role are right, but the key stays in the settings and the account still accepts keys.
az functionapp identity assign -g rg-orders -n {{app}}
principalId=$(az functionapp identity show -g rg-orders -n {{app}} --query principalId -o tsv)
az cosmosdb sql role assignment create -a {{cosmos}} -g rg-orders -s /dbs/shop/colls/orders -p $principalId -d 00000000-0000-0000-0000-000000000002
az functionapp config appsettings set -g rg-orders -n {{app}} --settings CosmosDb__accountEndpoint=https://{{cosmos}}.documents.azure.com:443/
