# Secret-scoped role: this secret yes, another no
# Reproduces the situation described in the question; run it in a fresh sandbox.
az group create -n rg-q -l westeurope -o none
az vm create -g rg-q -n vm1 --image Ubuntu2204 --assign-identity --generate-ssh-keys -o none
az keyvault create -n kvq01 -g rg-q -l westeurope --enable-rbac-authorization true -o none
KV_ID=$(az keyvault show -n kvq01 --query id -o tsv)
ME=$(az ad signed-in-user show --query id -o tsv)
az role assignment create --assignee-object-id "$ME" --assignee-principal-type User --role "Key Vault Secrets Officer" --scope "$KV_ID" -o none
sleep 600   # let the learner's own role propagate
az keyvault secret set --vault-name kvq01 -n payment-api-key --value 'not-a-real-key' -o none
az keyvault secret set --vault-name kvq01 -n other-secret --value 'other' -o none
PRINCIPAL_ID=$(az vm identity show -g rg-q -n vm1 --query principalId -o tsv)
az role assignment create --assignee-object-id "$PRINCIPAL_ID" --assignee-principal-type ServicePrincipal --role "Key Vault Secrets User" --scope "$KV_ID/secrets/payment-api-key" -o none
sleep 600
TOKEN=$(exec vm1 -- curl -s -H "Metadata: true" 'http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://vault.azure.net' | jq -r .access_token)
curl -s -H "Authorization: Bearer $TOKEN" "https://kvq01.vault.azure.net/secrets/payment-api-key?api-version=7.4"
curl -s -H "Authorization: Bearer $TOKEN" "https://kvq01.vault.azure.net/secrets/other-secret?api-version=7.4"
