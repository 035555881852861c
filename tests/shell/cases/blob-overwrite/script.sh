# QA: a second upload to the same blob without --overwrite succeeded and showed "etag": "". az sends If-None-Match: *
# and fails with BlobAlreadyExists and a hint (azure-cli issues #21477, #25019); --overwrite replaces the blob. The
# ETag is quoted, "0x8D" and 13 hex digits, as az shows it in the managed identity storage tutorial.
az group create -n rg1 -l eastus -o none
az storage account create -n stover -g rg1 -o none
me=$(az ad signed-in-user show --query id -o tsv)
az role assignment create --assignee-object-id $me --assignee-principal-type User \
    --role "Storage Blob Data Contributor" --scope $(az storage account show -n stover --query id -o tsv) -o none
sleep 10m
az storage container create --account-name stover --name c1 --auth-mode login -o none
echo one > a.txt
az storage blob upload --account-name stover -c c1 -n a.txt -f a.txt --auth-mode login --query etag -o tsv
az storage blob upload --account-name stover -c c1 -n a.txt -f a.txt --auth-mode login -o none
echo "status: $?"
echo two > a.txt
az storage blob upload --account-name stover -c c1 -n a.txt -f a.txt --auth-mode login --overwrite --query etag -o tsv
az storage blob download --account-name stover -c c1 -n a.txt -f b.txt --auth-mode login -o none
cat b.txt
