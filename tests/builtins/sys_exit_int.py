import sys
print("before exit")
sys.stdout.flush()
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit", e.code, repr(e))
try:
    sys.exit()
except SystemExit as e:
    print("no argument:", e.code)
try:
    sys.exit(None)
except SystemExit as e:
    print("None:", e.code)
try:
    raise SystemExit("text", 2)
except SystemExit as e:
    print("two args:", e.code)
def cleanup_runs():
    try:
        sys.exit(1)
    finally:
        print("finally runs during exit")
try:
    cleanup_runs()
except SystemExit as e:
    print("then caught", e.code)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    sys.exit(7)
except Exception:
    print("Exception does not catch SystemExit")
except BaseException as e:
    print("BaseException does:", type(e).__name__)
print("now exiting with status 3")
sys.exit(3)
print("never printed")
