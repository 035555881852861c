az group create -n rg1 -l eastus -o none
az storage account create -n stfunc -g rg1 -o none
az functionapp create -n fn1 -g rg1 -s stfunc -c eastus -o none --only-show-errors
az functionapp config appsettings set -g rg1 -n fn1 --settings COSMOS_ENDPOINT=https://c1.documents.azure.com:443/ MODE=prod --query "[?name=='MODE'].value" -o tsv
az functionapp config appsettings list -g rg1 -n fn1 --query "[].name" -o tsv | sort
exec fn1 -- 'echo "$MODE at $COSMOS_ENDPOINT"'
az functionapp config appsettings delete -g rg1 -n fn1 --setting-names MODE --query "length(@)"
exec fn1 -- 'echo "[$MODE]"'
az functionapp config appsettings delete -g rg1 -n fn1
