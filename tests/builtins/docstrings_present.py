# __doc__ of built-in functions, modules, types and their methods is a non-empty str.
import builtins
import gc
import sys

def has_doc(obj):
    doc = getattr(obj, '__doc__', None)
    return isinstance(doc, str) and doc != ''

names = [
    ('builtins', builtins), ('sys', sys), ('gc', gc),
    ('len', len), ('print', print), ('abs', abs), ('all', all), ('any', any),
    ('repr', repr), ('isinstance', isinstance), ('getattr', getattr), ('sorted', sorted),
    ('sum', sum), ('min', min), ('max', max), ('iter', iter), ('next', next),
    ('dir', dir), ('vars', vars), ('round', round), ('hash', hash), ('id', id),
    ('zip', zip), ('map', map), ('filter', filter), ('reversed', reversed),
    ('enumerate', enumerate), ('help', help),
    ('sys.getrecursionlimit', sys.getrecursionlimit), ('sys.exc_info', sys.exc_info),
    ('sys.intern', sys.intern), ('sys.getsizeof', sys.getsizeof),
    ('gc.collect', gc.collect), ('gc.enable', gc.enable), ('gc.get_count', gc.get_count),
    ('gc.get_referrers', gc.get_referrers),
    ('str', str), ('bytes', bytes), ('list', list), ('dict', dict), ('set', set),
    ('tuple', tuple), ('int', int), ('float', float), ('frozenset', frozenset),
    ('str.join', str.join), ('str.split', str.split), ('str.format', str.format),
    ('str.startswith', str.startswith), ('str.isdigit', str.isdigit),
    ('bytes.decode', bytes.decode), ('bytes.hex', bytes.hex), ('bytes.fromhex', bytes.fromhex),
    ('list.append', list.append), ('list.sort', list.sort), ('list.pop', list.pop),
    ('dict.get', dict.get), ('dict.items', dict.items), ('dict.update', dict.update),
    ('set.add', set.add), ('set.union', set.union), ('tuple.index', tuple.index),
    ('int.bit_length', int.bit_length), ('float.hex', float.hex),
    ('[].append', [].append), ('"".upper', "".upper), ('{}.keys', {}.keys),
]
for name, obj in names:
    print(name, has_doc(obj))
print(len(names), 'names')

# first lines that CPython 3.11 shares with us
for obj in (len, list, list.append, dict.get, set.add, tuple.count, str.lower, abs):
    print(obj.__doc__.splitlines()[0])
