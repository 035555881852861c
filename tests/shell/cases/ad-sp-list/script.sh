# QA: az ad sp list --display-name was not recognised. azure-cli's list_sps (role/custom.py) filters with
# startswith(displayName,'…') and prints the same objects as az ad sp show.
az group create -n rg1 -l eastus -o none
az identity create -g rg1 -n id-orders -o none
az identity create -g rg1 -n id-billing -o none
az ad sp list --display-name id- --query "[].displayName" -o tsv | sort
az ad sp list --display-name id-ord --query "[].displayName" -o tsv
az ad sp list --display-name nothing-like-this
pid=$(az identity show -g rg1 -n id-orders --query principalId -o tsv)
az ad sp show --id $pid --query "keys(@)" -o tsv > show.txt
az ad sp list --display-name id-orders --query "[0].keys(@)" -o tsv > list.txt
cat show.txt | wc -l
cat list.txt | wc -l
az ad sp list --display-name id-orders --query "[0].id == '$pid'"
az ad sp list --all --query "length([?servicePrincipalType=='ManagedIdentity']) >= \`2\`"
