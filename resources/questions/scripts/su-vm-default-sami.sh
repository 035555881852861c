# SAMI + two UAMIs on a VM: no id means the system-assigned identity
# Reproduces the situation described in the question; run it in a fresh sandbox.
az group create -n rg-q -l westeurope -o none
az identity create -g rg-q -n id-a -o none
az identity create -g rg-q -n id-b -o none
A_ID=$(az identity show -g rg-q -n id-a --query id -o tsv)
B_ID=$(az identity show -g rg-q -n id-b --query id -o tsv)
az vm create -g rg-q -n vm1 --image Ubuntu2204 --assign-identity [system] "$A_ID" "$B_ID" --generate-ssh-keys -o none
SAMI_OID=$(az vm identity show -g rg-q -n vm1 --query principalId -o tsv)
SAMI_CLIENT=$(az ad sp show --id "$SAMI_OID" --query appId -o tsv)
exec vm1 -- curl -s -H "Metadata: true" 'http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://storage.azure.com/' \
  | jq -r --arg c "$SAMI_CLIENT" 'if (.client_id|ascii_downcase) == ($c|ascii_downcase) then "token is for the system-assigned identity" else "token is for another identity" end'
