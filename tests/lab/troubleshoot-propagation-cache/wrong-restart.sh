# Restarting the app does not refresh the platform's token cache.
invoke {{app}}
az webapp restart -g rg-analytics -n {{app}}
invoke {{app}}
