# One UAMI, no SAMI: IMDS uses it by default
# Reproduces the situation described in the question; run it in a fresh sandbox.
az group create -n rg-q -l westeurope -o none
az identity create -g rg-q -n id-one -o none
UAMI_ID=$(az identity show -g rg-q -n id-one --query id -o tsv)
CLIENT_ID=$(az identity show -g rg-q -n id-one --query clientId -o tsv)
az vm create -g rg-q -n vm1 --image Ubuntu2204 --assign-identity "$UAMI_ID" --generate-ssh-keys -o none
exec vm1 -- curl -s -H "Metadata: true" 'http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://storage.azure.com/' \
  | jq -r --arg c "$CLIENT_ID" 'if (.client_id|ascii_downcase) == ($c|ascii_downcase) then "token is for the user-assigned identity" else "token is for another identity" end'
