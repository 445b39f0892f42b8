"""Functions to convert between Python values and C structs (Glass).

Python bytes objects hold the packed data. This module re-exports the C module
`_struct`: pack, unpack, calcsize, pack_into, unpack_from, iter_unpack, Struct and
error. Formats start with an optional byte-order character (@ native order, size and
alignment; = native order, standard sizes; < little-endian; > and ! big-endian) and
use the codes x c b B ? h H i I l L q Q n N e f d s p P with optional counts.

Left out: buffers other than bytes and bytearray (Glass has no memoryview / buffer
protocol yet), so pack_into writes only into bytearray objects.
"""

__all__ = [
    # Functions
    'calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
    'iter_unpack',

    # Classes
    'Struct',

    # Exceptions
    'error'
]

from _struct import *
from _struct import _clearcache
