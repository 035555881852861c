# App Service: no client_id means the system-assigned identity
# Reproduces the situation described in the question; run it in a fresh sandbox.
az group create -n rg-q -l westeurope -o none
az storage account create -n stq01 -g rg-q -l westeurope --sku Standard_LRS -o none
az functionapp create -g rg-q -n fnq01 --storage-account stq01 --consumption-plan-location westeurope --runtime dotnet-isolated --functions-version 4 -o none
az identity create -g rg-q -n id-shared -o none
UAMI_ID=$(az identity show -g rg-q -n id-shared --query id -o tsv)
UAMI_CLIENT=$(az identity show -g rg-q -n id-shared --query clientId -o tsv)
az functionapp identity assign -g rg-q -n fnq01 --identities [system] "$UAMI_ID" -o none
exec fnq01 -- curl -s -H 'X-IDENTITY-HEADER: $IDENTITY_HEADER' '$IDENTITY_ENDPOINT?resource=https://storage.azure.com/&api-version=2019-08-01' \
  | jq -r --arg c "$UAMI_CLIENT" 'if (.client_id|ascii_downcase) == ($c|ascii_downcase) then "token is for the shared identity" else "token is not for the shared identity" end'
