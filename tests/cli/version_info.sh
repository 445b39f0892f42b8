# The language version Glass implements, as sys reports it.
GLASS=$1
"$GLASS" -c 'import sys; print(sys.version_info[:2])'
"$GLASS" -c 'import sys; print(sys.version_info.major, sys.version_info.minor, sys.version_info >= (3, 11))'
"$GLASS" -c 'import sys; print(type(sys.version_info).__name__, len(sys.version_info[:3]))'
"$GLASS" -c 'import sys; print(hasattr(sys.implementation, "name"), sys.maxsize == 2**63 - 1)'
