# A Function App with a system-assigned identity; its code uses new DefaultAzureCredential().
# Starts from resources/questions/worlds/func-sami-dac.json; --json lists every credential the chain tried.
invoke --json fnq01 | jq -r '.steps[0].attempts[] | "\(.credential): \(.outcome)"'
