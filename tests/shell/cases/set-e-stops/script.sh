set -e
echo start
az group show -n nope -o none 2>/dev/null || echo "handled: group missing"
az group show -n nope -o none
echo "never printed"
