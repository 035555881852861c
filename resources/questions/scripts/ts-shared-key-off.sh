# Shared key access disabled
# Reproduces the situation described in the question; run it in a fresh sandbox.
az group create -n rg-q -l westeurope -o none
az storage account create -n stq01 -g rg-q -l westeurope --sku Standard_LRS -o none
az storage container create --account-name stq01 -n data --auth-mode key -o none
az storage blob upload --account-name stq01 -c data -n hello.txt --data 'hello from blob' --auth-mode key -o none
SA_ID=$(az storage account show -n stq01 -g rg-q --query id -o tsv)
az storage account update -n stq01 -g rg-q --allow-shared-key-access false -o none
az storage blob upload --account-name stq01 -c data -n second.txt --data 'second' --auth-mode key
