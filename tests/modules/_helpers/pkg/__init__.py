print("  [pkg/__init__ runs, __name__ =", __name__ + ", __package__ =", __package__ + "]")
from .sub import sub_value
from . import sub
PKG_CONST = "pkg const"
