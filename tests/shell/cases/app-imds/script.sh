# IMDS from inside a Function App: not there (App Service has its own endpoint), and the hint says which one is.
az group create -n rg1 -l eastus -o none
az storage account create -n stfunc -g rg1 -o none
az functionapp create -n fn1 -g rg1 -s stfunc -c eastus -o none --only-show-errors
az functionapp identity assign -g rg1 -n fn1 --query type -o tsv
IMDS='http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://vault.azure.net'
exec fn1 -- curl -s -S "$IMDS" -H "Metadata: true"
echo "app curl status: $?"
# The hint's command as printed, with the resource filled in:
exec fn1 -- 'curl -s "$IDENTITY_ENDPOINT?resource=https://vault.azure.net&api-version=2019-08-01" -H "X-IDENTITY-HEADER: $IDENTITY_HEADER"' | jq -r .token_type
