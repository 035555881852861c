# invoke runs the app's code: DefaultAzureCredential → managed identity → Key Vault.
invoke func1
echo "status $?"
principal=$(az functionapp identity show -g rg1 -n func1 --query principalId -o tsv)
az role assignment create --assignee-object-id $principal --assignee-principal-type ServicePrincipal \
    --role "Key Vault Secrets User" --scope $(az keyvault show -n kv1 --query id -o tsv) -o none
sleep 600
invoke func1
invoke --json func1 | jq -r '.steps[0].value'
invoke nothing
