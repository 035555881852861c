# set-policy on an RBAC vault
# Reproduces the situation described in the question; run it in a fresh sandbox.
az group create -n rg-q -l westeurope -o none
az keyvault create -n kvq01 -g rg-q -l westeurope --enable-rbac-authorization true -o none
az identity create -g rg-q -n id-app -o none
PRINCIPAL_ID=$(az identity show -g rg-q -n id-app --query principalId -o tsv)
az keyvault set-policy --name kvq01 --object-id "$PRINCIPAL_ID" --secret-permissions get
