# A Cosmos DB data-plane role name given to Azure RBAC
# Reproduces the situation described in the question; run it in a fresh sandbox.
az group create -n rg-q -l westeurope -o none
az cosmosdb create -n cosq01 -g rg-q -o none
az identity create -g rg-q -n id-app -o none
PRINCIPAL_ID=$(az identity show -g rg-q -n id-app --query principalId -o tsv)
COSMOS_ID=$(az cosmosdb show -n cosq01 -g rg-q --query id -o tsv)
az role assignment create --assignee-object-id "$PRINCIPAL_ID" --assignee-principal-type ServicePrincipal --role "Cosmos DB Built-in Data Contributor" --scope "$COSMOS_ID"
