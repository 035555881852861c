az group list
