# The demo examples/tour.py must print exactly examples/tour.py.exp.
GLASS=$1
"$GLASS" ../../examples/tour.py > /tmp/glass_test_tour_out.txt 2>&1
st=$?
if cmp -s /tmp/glass_test_tour_out.txt ../../examples/tour.py.exp; then
    echo "tour output matches examples/tour.py.exp (status $st)"
else
    echo "tour output differs (status $st):"
    diff -u ../../examples/tour.py.exp /tmp/glass_test_tour_out.txt | head -n 20
fi
rm -f /tmp/glass_test_tour_out.txt
