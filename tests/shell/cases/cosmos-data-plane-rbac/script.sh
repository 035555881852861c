az group create -n rg1 -l eastus -o none
az cosmosdb create -n cosmos-shop -g rg1 --disable-local-auth true --query disableLocalAuth
az cosmosdb sql database create -a cosmos-shop -g rg1 -n shop --query name -o tsv
az cosmosdb sql container create -a cosmos-shop -g rg1 -d shop -n orders -p /id --query name -o tsv
az cosmosdb sql role definition list -a cosmos-shop -g rg1 --query "[].roleName" -o tsv
az identity create -g rg1 -n id-shop -o none
pid=$(az identity show -g rg1 -n id-shop --query principalId -o tsv)
az cosmosdb sql role assignment create -a cosmos-shop -g rg1 -s "/dbs/shop" -p $pid -d 00000000-0000-0000-0000-000000000002 --query scope -o tsv
az cosmosdb sql role assignment create -a cosmos-shop -g rg1 -s "/" -p $pid --query scope -o tsv
az cosmosdb sql role assignment list -a cosmos-shop -g rg1 --query "length(@)"
az cosmosdb keys list -n cosmos-shop -g rg1 --type read-only-keys --query "keys(@)" -o tsv
# QA: only the primary connection string came back; an account has four, read-write then read-only (real az output).
az cosmosdb keys list -n cosmos-shop -g rg1 --type connection-strings --query "connectionStrings[].description" -o tsv
# azure-cli cli_cosmosdb_sql_role_assignment_create (cosmosdb/custom.py): -d and -n exclude each other (CLIError,
# exit 1); -n is looked up among the account's role definitions ("No Role Definition found with name [..].").
az cosmosdb sql role assignment create -a cosmos-shop -g rg1 -s "/" -p $pid -d 00000000-0000-0000-0000-000000000001 -n "Cosmos DB Built-in Data Reader" -o none; echo "rc=$?"
az cosmosdb sql role assignment create -a cosmos-shop -g rg1 -s "/" -p $pid -n "No Such Role" -o none; echo "rc=$?"
az cosmosdb sql role assignment create -a cosmos-shop -g rg1 -s "/" -p $pid -n "cosmos db built-in data reader" --query roleDefinitionId -o tsv
# az does not check --principal-id; the simulated service refuses what is not a GUID (simulator text, see controlplane).
az cosmosdb sql role assignment create -a cosmos-shop -g rg1 -s "/" -p not-a-guid -d 00000000-0000-0000-0000-000000000001 -o none; echo "rc=$?"
az cosmosdb sql role assignment list -a cosmos-shop -g rg1 --query "length(@)"
# show (facts §5.9): one assignment by its id, as list has it; an unknown id is a 404 (simulator wording, as for delete).
first=$(az cosmosdb sql role assignment list -a cosmos-shop -g rg1 --query "[0].name" -o tsv)
az cosmosdb sql role assignment show -a cosmos-shop -g rg1 -i $first --query "name == '$first'"
az cosmosdb sql role assignment show -a cosmos-shop -g rg1 -i 00000000-0000-0000-0000-0000000000ff -o none; echo "rc=$?"
