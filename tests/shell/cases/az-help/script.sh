az identity --help
az identity create -h
az role assignment | grep -c create
