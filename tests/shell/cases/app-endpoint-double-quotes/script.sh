# The endpoint's variables in double quotes expand in the console, where they are empty, before exec runs the command:
# curl's own error, and a hint that says why and how to quote it (QA: only "Protocol ... not supported").
az group create -n rg1 -l eastus -o none
az storage account create -n stfunc -g rg1 -o none
az functionapp create -n fn1 -g rg1 -s stfunc -c eastus -o none --only-show-errors
az functionapp identity assign -g rg1 -n fn1 --query type -o tsv
exec fn1 -- curl -s "$IDENTITY_ENDPOINT?resource=https://vault.azure.net&api-version=2019-08-01" -H "X-IDENTITY-HEADER: $IDENTITY_HEADER"
echo "status: $?"
exec fn1 -- curl -sS "$MSI_ENDPOINT/token" -H "X-IDENTITY-HEADER: $IDENTITY_HEADER"
echo "status: $?"
# Quoted as the hint says, it works:
exec fn1 -- 'curl -s "$IDENTITY_ENDPOINT?resource=https://vault.azure.net&api-version=2019-08-01" -H "X-IDENTITY-HEADER: $IDENTITY_HEADER"' | jq -r .token_type
