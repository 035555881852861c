help | head -n 3
for rg in a b; do echo $rg; done
echo "not reached"
