# glass -c CODE [args]: runs CODE as __main__ with sys.argv = ['-c', args...]
GLASS=$1
"$GLASS" -c 'print(1 + 1)'
"$GLASS" -c 'import sys; print(sys.argv)'
"$GLASS" -c 'import sys; print(sys.argv)' one "two words" 3
"$GLASS" -c 'print(__name__)'
"$GLASS" -c 'x = 5
for i in range(3):
    x += i
print("multi-line code:", x)'
"$GLASS" -c 'import sys; print(len(sys.argv), sys.argv[1:])' -- --flag -v
"$GLASS" -c ''
echo "empty code status $?"
"$GLASS" -c 'print("semi"); print("colons")'
