# QA: az role assignment create printed "createdBy": "<guid>" and "createdOn": "2026-01-01T09:00:00Z"; ARM leaves
# createdBy null, names the caller in updatedBy, and writes times with microseconds and +00:00 (facts §4.3, §9.4).
az group create -n rg1 -l eastus -o none
az identity create -g rg1 -n id1 -o none
pid=$(az identity show -g rg1 -n id1 --query principalId -o tsv)
me=$(az ad signed-in-user show --query id -o tsv)
scope=$(az group show -n rg1 --query id -o tsv)
az role assignment create --assignee-object-id $pid --assignee-principal-type ServicePrincipal --role Reader \
    --scope $scope --query "{createdBy:createdBy, createdOn:createdOn, updatedByCaller:updatedBy=='$me', updatedOn:updatedOn}"
az role assignment list --scope $scope --query "[].{createdBy:createdBy, createdOn:createdOn, updatedOn:updatedOn}"
