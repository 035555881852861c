# Storage data plane: key fallback warning, --auth-mode login without a data role, then with one.
az group create -n rg1 -l eastus -o none
az storage account create -n stdata -g rg1 -o none
az storage container create --account-name stdata --name reports --query created
echo 'hello blob' > report.txt
az storage blob upload --account-name stdata -c reports -n report.txt -f report.txt --auth-mode login -o none
echo "status: $?"
me=$(az ad signed-in-user show --query id -o tsv)
az role assignment create --assignee-object-id $me --assignee-principal-type User \
    --role "Storage Blob Data Contributor" --scope $(az storage account show -n stdata --query id -o tsv) -o none
sleep 10m
az storage blob upload --account-name stdata -c reports -n report.txt -f report.txt --auth-mode login --query version -o tsv
az storage blob list --account-name stdata -c reports --auth-mode login --query "[].{name:name, size:properties.contentLength}" -o table
az storage blob download --account-name stdata -c reports -n report.txt -f copy.txt --auth-mode login -o none
cat copy.txt
az storage account update -n stdata -g rg1 --allow-shared-key-access false --query allowSharedKeyAccess
az storage blob list --account-name stdata -c reports --auth-mode key --query "[].name" -o tsv
echo "status: $?"
