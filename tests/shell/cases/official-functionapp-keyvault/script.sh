# The official-style sequence: a Function App reads a Key Vault secret with its managed identity.
set -e
az group create --name rg-keyless --location eastus --query properties.provisioningState -o tsv
az storage account create --name stkeyless --resource-group rg-keyless --location eastus --sku Standard_LRS -o none
az functionapp create --name func-keyless --resource-group rg-keyless --storage-account stkeyless \
    --consumption-plan-location eastus --runtime dotnet --functions-version 4 --only-show-errors \
    --query "{name:name, kind:kind}" -o tsv

# Switch on the system-assigned identity and capture its principal (object) id.
principalId=$(az functionapp identity assign --resource-group rg-keyless --name func-keyless \
    --query principalId -o tsv)
echo "principalId: $principalId"

# An RBAC vault with one secret (the learner needs a data role too: Owner is control plane only).
az keyvault create --name kv-keyless --resource-group rg-keyless --location eastus -o none
az role assignment create --assignee "$(az ad signed-in-user show --query userPrincipalName -o tsv)" \
    --role "Key Vault Secrets Officer" --scope "$(az keyvault show --name kv-keyless --query id -o tsv)" -o none
sleep 600
az keyvault secret set --vault-name kv-keyless --name db-password --value 's3cret!' --query name -o tsv

# Grant the Function App's identity read access to secrets.
az role assignment create --assignee-object-id "$principalId" --assignee-principal-type ServicePrincipal \
    --role "Key Vault Secrets User" \
    --scope $(az keyvault show --name kv-keyless --resource-group rg-keyless --query id -o tsv) \
    --query "{role:roleDefinitionId, type:principalType}" -o tsv

# The data-plane call from inside the app: token from the identity endpoint, then the secret.
read_secret='TOKEN=$(curl -s "$IDENTITY_ENDPOINT?resource=https://vault.azure.net&api-version=2019-08-01" -H "X-IDENTITY-HEADER: $IDENTITY_HEADER" | jq -r .access_token)
curl -s -o /dev/null -w "%{http_code}\n" -H "Authorization: Bearer $TOKEN" "https://kv-keyless.vault.azure.net/secrets/db-password?api-version=7.4"
curl -s -H "Authorization: Bearer $TOKEN" "https://kv-keyless.vault.azure.net/secrets/db-password?api-version=7.4" | jq -r ".value // .error.innererror.code"'
exec func-keyless -- "$read_secret"
echo "waiting for the role assignment to propagate"
sleep 600
exec func-keyless -- "$read_secret"
