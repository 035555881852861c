# Any code on the VM can get tokens for every attached identity
# Reproduces the situation described in the question; run it in a fresh sandbox.
az group create -n rg-q -l westeurope -o none
az identity create -g rg-q -n id-a -o none
az identity create -g rg-q -n id-b -o none
A_ID=$(az identity show -g rg-q -n id-a --query id -o tsv)
B_ID=$(az identity show -g rg-q -n id-b --query id -o tsv)
A_CLIENT=$(az identity show -g rg-q -n id-a --query clientId -o tsv)
B_CLIENT=$(az identity show -g rg-q -n id-b --query clientId -o tsv)
az vm create -g rg-q -n vm1 --image Ubuntu2204 --assign-identity "$A_ID" "$B_ID" --generate-ssh-keys -o none
exec vm1 -- curl -s -H "Metadata: true" "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://storage.azure.com/&client_id=$A_CLIENT" | jq -r 'if .access_token then "token for identity a" else "refused a" end'
exec vm1 -- curl -s -H "Metadata: true" "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://storage.azure.com/&client_id=$B_CLIENT" | jq -r 'if .access_token then "token for identity b" else "refused b" end'
