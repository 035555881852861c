# Re-created app: new principal id, old assignment does not apply
# Reproduces the situation described in the question; run it in a fresh sandbox.
az group create -n rg-q -l westeurope -o none
az storage account create -n stq01 -g rg-q -l westeurope --sku Standard_LRS -o none
az storage container create --account-name stq01 -n data --auth-mode key -o none
az storage blob upload --account-name stq01 -c data -n hello.txt --data 'hello from blob' --auth-mode key -o none
SA_ID=$(az storage account show -n stq01 -g rg-q --query id -o tsv)
az appservice plan create -g rg-q -n plan-q --sku B1 --is-linux -o none
az webapp create -g rg-q -n webq01 -p plan-q --runtime "DOTNETCORE:8.0" -o none
OLD_ID=$(az webapp identity assign -g rg-q -n webq01 --query principalId -o tsv)
az role assignment create --assignee-object-id "$OLD_ID" --assignee-principal-type ServicePrincipal --role "Storage Blob Data Reader" --scope "$SA_ID" -o none
az webapp delete -g rg-q -n webq01
az webapp create -g rg-q -n webq01 -p plan-q --runtime "DOTNETCORE:8.0" -o none
NEW_ID=$(az webapp identity assign -g rg-q -n webq01 --query principalId -o tsv)
az role assignment list --assignee "$NEW_ID" --all -o json | jq -r 'if length == 0 then "new identity has no role assignments" else "new identity has roles" end'
az role assignment list --scope "$SA_ID" -o json | jq -r --arg o "$OLD_ID" 'if any(.[]; .principalId == $o) then "old assignment still present" else "old assignment gone" end'
