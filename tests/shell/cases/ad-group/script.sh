# Entra groups: a managed identity joins a group that holds a role.
az group create -n rg1 -l eastus -o none
az identity create -g rg1 -n id-app -o none
member=$(az identity show -g rg1 -n id-app --query principalId -o tsv)
az ad group create --display-name kv-readers --mail-nickname kv-readers --query displayName -o tsv
az ad group member add --group kv-readers --member-id $member
az ad group member list --group kv-readers --query "[].displayName" -o tsv
az ad group member remove --group kv-readers --member-id $member
az ad group member list --group kv-readers --query "length(@)"
az ad group show --group nope
