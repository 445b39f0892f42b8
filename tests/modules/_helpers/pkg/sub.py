print("  [pkg.sub runs, __name__ =", __name__ + "]")
sub_value = "sub value"
def where():
    return __name__
