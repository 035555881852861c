curl -s https://nope.example.com/
echo "status $?"
curl https://nope.example.com/
curl -s -o /dev/null -w '%{http_code}\n' https://management.azure.com/subscriptions?api-version=2022-12-01
curl -s -f https://management.azure.com/subscriptions?api-version=2022-12-01
echo "status $?"
curl -sS -f https://management.azure.com/subscriptions?api-version=2022-12-01
echo "status $?"
curl -s http://localhost:4141/MSI/token
echo "status $?"
curl -Z x
echo "status $?"
exec nope -- true
exec
