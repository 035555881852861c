# az's own error messages and exit statuses.
az grop list
echo "status $?"
az group craete -n x
echo "status $?"
az group create --name rg1
echo "status $?"
az group list --colour
echo "status $?"
az group list -o xml
echo "status $?"
# QA: help listed yaml and yamlc, then -o yaml failed: help and the check list the formats this console prints.
az group list -o yaml
az group list --query '[?name=='
echo "status $?"
az group show -n missing
echo "status $?"
az group create -n rg1 -l eastus --query "length(@)"
echo "status $?"
az group list --subscription nope
echo "status $?"
az group delete -n rg1
echo "status $?"
az role assignment create --role Reader --scope /subscriptions/x
echo "status $?"
az group create -n
echo "status $?"
