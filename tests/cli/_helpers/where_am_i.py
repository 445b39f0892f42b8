import sys
print("__name__:", __name__)
print("__file__ ends:", "/".join(__file__.split("/")[-2:]))
print("argv[0]:", sys.argv[0])
print("path[0] ends with _helpers:", sys.path[0].endswith("_helpers"))
