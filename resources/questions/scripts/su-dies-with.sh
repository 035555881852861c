# A system-assigned identity is deleted with its app
# Reproduces the situation described in the question; run it in a fresh sandbox.
az group create -n rg-q -l westeurope -o none
az appservice plan create -g rg-q -n plan-q --sku B1 --is-linux -o none
az webapp create -g rg-q -n webq01 -p plan-q --runtime "DOTNETCORE:8.0" -o none
PRINCIPAL_ID=$(az webapp identity assign -g rg-q -n webq01 --query principalId -o tsv)
az ad sp show --id "$PRINCIPAL_ID" --query servicePrincipalType -o tsv
az webapp delete -g rg-q -n webq01
az ad sp show --id "$PRINCIPAL_ID" -o none || echo "service principal is gone"
