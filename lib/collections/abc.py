"""Abstract Base Classes for containers: the public face of _collections_abc.

Everything, including what it leaves out, is described in
lib/_collections_abc.py.
"""

from _collections_abc import *
from _collections_abc import __all__
