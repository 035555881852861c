# List (ReadFeed) Documents over REST with a managed identity's token: GET .../dbs/<db>/colls/<coll>/docs with
# x-ms-version, x-ms-date (RFC 1123) and Authorization: type=aad&ver=1.0&sig=<token>, URL-encoded (facts §5.8;
# Microsoft Learn "List Documents" and "Common Azure Cosmos DB REST request headers").
az group create -n rg1 -l eastus -o none
az storage account create -n stfunc -g rg1 -o none
az functionapp create -n fn1 -g rg1 -s stfunc -c eastus --assign-identity '[system]' -o none --only-show-errors
az cosmosdb create -n cosmos-shop -g rg1 --disable-local-auth true -o none
az cosmosdb sql database create -a cosmos-shop -g rg1 -n shop -o none
az cosmosdb sql container create -a cosmos-shop -g rg1 -d shop -n orders -p /id -o none
pid=$(az functionapp identity show -g rg1 -n fn1 --query principalId -o tsv)
az cosmosdb sql role assignment create -a cosmos-shop -g rg1 -s / -p $pid -d 00000000-0000-0000-0000-000000000002 -o none
sleep 600
exec fn1 -- '
TOKEN=$(curl -s "$IDENTITY_ENDPOINT?api-version=2019-08-01&resource=https://cosmos-shop.documents.azure.com" -H "X-IDENTITY-HEADER: $IDENTITY_HEADER" | jq -r .access_token)
AUTH=$(printf "type=aad&ver=1.0&sig=%s" "$TOKEN" | jq -sRr @uri)
DOCS=https://cosmos-shop.documents.azure.com/dbs/shop/colls/orders/docs
DATE="Thu, 01 Jan 2026 09:10:00 GMT"
curl -s -X POST $DOCS -H "Authorization: $AUTH" -H "x-ms-version: 2018-12-31" -H "x-ms-date: $DATE" -H "Content-Type: application/json" -d "{\"id\":\"1\",\"total\":5}" | jq -c .
echo "--- list"
curl -s -i $DOCS -H "Authorization: $AUTH" -H "x-ms-version: 2018-12-31" -H "x-ms-date: $DATE" | grep -i -E "^HTTP|x-ms-item-count"
curl -s $DOCS -H "Authorization: $AUTH" -H "x-ms-version: 2018-12-31" -H "x-ms-date: $DATE" | jq -c "[._count, .Documents[].id]"
echo "--- no x-ms-date"
curl -s -w " %{http_code}\n" $DOCS -H "Authorization: $AUTH" -H "x-ms-version: 2018-12-31"
echo "--- date not RFC 1123"
curl -s -w " %{http_code}\n" $DOCS -H "Authorization: $AUTH" -H "x-ms-version: 2018-12-31" -H "x-ms-date: 2026-01-01T09:10:00Z"
echo "--- no x-ms-version"
curl -s -w " %{http_code}\n" $DOCS -H "Authorization: $AUTH" -H "x-ms-date: $DATE"
echo "--- Bearer scheme instead of type=aad&ver=1.0&sig=<token>"
curl -s -w " %{http_code}\n" $DOCS -H "Authorization: Bearer $TOKEN" -H "x-ms-version: 2018-12-31" -H "x-ms-date: $DATE"
echo "--- no Authorization"
curl -s -w " %{http_code}\n" $DOCS -H "x-ms-version: 2018-12-31" -H "x-ms-date: $DATE"
'
