# The right data role, plus a control-plane role on the account that the job does not need (QA: the feedback read
# "Keep only ." since this check allows no Azure RBAC role at all).
az functionapp identity assign -g rg-orders -n {{app}}
principalId=$(az functionapp identity show -g rg-orders -n {{app}} --query principalId -o tsv)
az cosmosdb sql role assignment create -a {{cosmos}} -g rg-orders -s /dbs/shop -p $principalId -d 00000000-0000-0000-0000-000000000002
az role assignment create --assignee-object-id $principalId --assignee-principal-type ServicePrincipal --role "DocumentDB Account Contributor" --scope $(az cosmosdb show -n {{cosmos}} -g rg-orders --query id -o tsv)
az functionapp config appsettings set -g rg-orders -n {{app}} --settings CosmosDb__accountEndpoint=https://{{cosmos}}.documents.azure.com:443/
az functionapp config appsettings delete -g rg-orders -n {{app}} --setting-names CosmosDb
az cosmosdb update -n {{cosmos}} -g rg-orders --disable-local-auth true
invoke {{app}}
