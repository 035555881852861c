# az inside a VM: signed out until `az login --identity`, then acting as the VM's identity.
az group create -n rg1 -l eastus -o none
az vm create -g rg1 -n vm1 --image Ubuntu2204 --assign-identity --generate-ssh-keys -o none --only-show-errors
exec vm1 -- az group list -o none
exec vm1 -- az login --identity -o none
az login --identity
echo "laptop status: $?"
vmPrincipal=$(az vm identity show -g rg1 -n vm1 --query principalId -o tsv)
az role assignment create --assignee-object-id $vmPrincipal --assignee-principal-type ServicePrincipal \
    --role Reader --scope $(az group show -n rg1 --query id -o tsv) -o none
exec vm1 -- az login --identity --query "[0].user" -o json
exec vm1 -- az account show --query user.assignedIdentityInfo -o tsv
az account show --query user.name -o tsv
