# Package of helper modules for tests/modules (not a test itself).
print("  [_helpers package initialised]")
PACKAGE_VALUE = "from _helpers/__init__"
