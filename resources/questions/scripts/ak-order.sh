# The worked example end to end
# Reproduces the situation described in the question; run it in a fresh sandbox.
az group create -n rg-q -l westeurope -o none
az keyvault create -n kvq01 -g rg-q -l westeurope --enable-rbac-authorization true -o none
KV_ID=$(az keyvault show -n kvq01 --query id -o tsv)
ME=$(az ad signed-in-user show --query id -o tsv)
az role assignment create --assignee-object-id "$ME" --assignee-principal-type User --role "Key Vault Secrets Officer" --scope "$KV_ID" -o none
sleep 600   # let the learner's own role propagate
az keyvault secret set --vault-name kvq01 -n payment-api-key --value 'not-a-real-key' -o none
az appservice plan create -g rg-q -n plan-q --sku B1 --is-linux -o none
az webapp create -g rg-q -n webq01 -p plan-q --runtime "DOTNETCORE:8.0" -o none
PRINCIPAL_ID=$(az webapp identity assign -g rg-q -n webq01 --query principalId -o tsv)
az keyvault show -n kvq01 --query properties.enableRbacAuthorization
az role assignment create --assignee-object-id "$PRINCIPAL_ID" --assignee-principal-type ServicePrincipal --role "Key Vault Secrets User" --scope "$KV_ID/secrets/payment-api-key" -o none
sleep 600
az webapp config appsettings set -g rg-q -n webq01 --settings "PaymentApiKey=@Microsoft.KeyVault(SecretUri=https://kvq01.vault.azure.net/secrets/payment-api-key/)" -o none
exec webq01 -- echo 'PaymentApiKey=$PaymentApiKey'
