import sys
print("exit with None means success")
try:
    print("in try")
    sys.exit(None)
finally:
    print("finally still runs")
