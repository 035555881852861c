# VM without identity asks IMDS
# Reproduces the situation described in the question; run it in a fresh sandbox.
az group create -n rg-q -l westeurope -o none
az vm create -g rg-q -n vm1 --image Ubuntu2204  --generate-ssh-keys -o none
exec vm1 -- curl -s -H "Metadata: true" 'http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://storage.azure.com/'
