# A Function App that still writes to Cosmos DB with a key-based connection string.
# Starts from resources/questions/worlds/func-cosmos-key.json.
invoke fnq01
az cosmosdb update -n cosq01 -g rg-q --disable-local-auth true -o none
invoke fnq01
