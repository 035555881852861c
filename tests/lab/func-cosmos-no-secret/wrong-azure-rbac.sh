# The classic mistake: Contributor on the account through Azure RBAC instead of a Cosmos DB data-plane role.
az functionapp identity assign -g rg-orders -n {{app}}
principalId=$(az functionapp identity show -g rg-orders -n {{app}} --query principalId -o tsv)
az role assignment create --assignee-object-id $principalId --assignee-principal-type ServicePrincipal --role Contributor --scope $(az cosmosdb show -n {{cosmos}} -g rg-orders --query id -o tsv)
az functionapp config appsettings set -g rg-orders -n {{app}} --settings CosmosDb__accountEndpoint=https://{{cosmos}}.documents.azure.com:443/
az functionapp config appsettings delete -g rg-orders -n {{app}} --setting-names CosmosDb
az cosmosdb update -n {{cosmos}} -g rg-orders --disable-local-auth true
invoke {{app}}
