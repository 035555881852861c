# A user-assigned identity shared by a web app; output formats.
az group create -n rg-uami -l westeurope -o none
az identity create -g rg-uami -n id-orders --query "{name:name, type:type, rg:resourceGroup}" -o tsv
uami=$(az identity show -g rg-uami -n id-orders --query id -o tsv)
az appservice plan create -g rg-uami -n plan1 --sku B1 --query sku.tier -o tsv
az webapp create -g rg-uami -n web-orders --plan plan1 --query name -o tsv
az webapp identity assign -g rg-uami -n web-orders --identities "$uami" --query type -o tsv
az webapp identity assign -g rg-uami -n web-orders --identities [system] "$uami" --query "type" -o tsv
az webapp identity show -g rg-uami -n web-orders --query "length(userAssignedIdentities)"
az identity list -g rg-uami --query "[].name" -o json
az identity list -g rg-uami --query "[].{Name:name, Location:location}" -o table
az webapp identity remove -g rg-uami -n web-orders --query type -o tsv
exec web-orders -- printenv IDENTITY_ENDPOINT
# --tags (key=value, or a key alone) are kept, on the identity and on a group (QA: they were dropped).
az identity create -g rg-uami -n id-tagged --tags team=orders shared --query tags -o json
az identity show -g rg-uami -n id-tagged --query tags.team -o tsv
az group create -n rg-tags -l westeurope --tags env=lab --query tags -o json
az group create -n rg-tags -l westeurope --tags "" --query "tags == null"
