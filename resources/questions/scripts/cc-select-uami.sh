# A Function App with only a user-assigned identity; its code uses new DefaultAzureCredential().
# Starts from resources/questions/worlds/func-uami-only.json (the identity can read the blob).
invoke fnq01
CLIENT_ID=$(az identity show -g rg-q -n id-shared --query clientId -o tsv)
az functionapp config appsettings set -g rg-q -n fnq01 --settings AZURE_CLIENT_ID=$CLIENT_ID -o none
invoke fnq01
