# IMDS: reachable only from inside a VM, needs Metadata: true, answers for the VM's identity.
az group create -n rg1 -l eastus -o none
az vm create -g rg1 -n vm1 --image Ubuntu2204 --generate-ssh-keys --query powerState -o tsv
IMDS='http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://vault.azure.net'
curl -s -S "$IMDS" -H "Metadata: true"
echo "laptop curl status: $?"
exec vm1 -- curl -s "$IMDS" -H "Metadata: true"
echo
az vm identity assign -g rg1 -n vm1 --query "keys(@)" -o tsv
exec vm1 -- curl -s "$IMDS"
echo
exec vm1 -- curl -s "$IMDS" -H "Metadata: true" | jq -r '.token_type, .resource'
exec vm1 -- 'curl -s -H Metadata:true "$IMDS"' | jq -r .resource
