# Helper module for `glass -m cli_mod` (found through GLASSPATH / PYTHONPATH).
import sys
print("cli_mod running as", __name__)
print("args:", sys.argv[1:])
print("argv[0] is the module file:", sys.argv[0].split("/")[-1])
if __name__ == "__main__":
    sys.exit(len(sys.argv) - 1)
