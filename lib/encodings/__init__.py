"""Standard "encodings" package (Glass).

The codec registry's search function for the modules of this package: a name is
normalized (normalize_encoding), mapped through aliases.aliases, and the module
encodings.<name> is imported; its getregentry() gives the CodecInfo. Importing the
package registers search_function with codecs.

Glass's codecs are the C codecs of str.encode / bytes.decode (utf-8, utf-8-sig,
utf-16/32, ascii, latin-1, the escape codecs and a few charmaps), the bytes codecs
hex/base64, rot13, and idna/punycode written here in Python; the modules of this
package wrap them. codecs.lookup imports this package only when a name is unknown
to the C codecs, so start-up does not load it.
"""

import codecs
from . import aliases

_cache = {}
_unknown = '--unknown--'
_aliases = aliases.aliases


class CodecRegistryError(LookupError, SystemError):
    pass


def normalize_encoding(encoding):
    """ Normalize an encoding name.

        Normalization works as follows: all non-alphanumeric
        characters except the dot used for Python package names are
        collapsed and replaced with a single underscore, e.g. '  -;#'
        becomes '_'. Leading and trailing underscores are removed.

        Note that encoding names should be ASCII only.

    """
    if isinstance(encoding, bytes):
        encoding = str(encoding, "ascii")
    out = []
    gap = False
    for c in encoding:
        if c.isalnum() or c == '.':
            if gap and out:
                out.append('_')
            if c.isascii():
                out.append(c)
            gap = False
        else:
            gap = True
    return ''.join(out)


def _import_codec_module(names):
    for name in names:
        if not name or '.' in name:
            continue
        try:
            return __import__('encodings.' + name, fromlist=['*'], level=0)
        except ImportError:
            pass
    return None


def _check_entry(entry, mod):
    if isinstance(entry, codecs.CodecInfo):
        return entry
    if not 4 <= len(entry) <= 7:
        raise CodecRegistryError('module "%s" (%s) failed to register'
                                 % (mod.__name__, mod.__file__))
    if (not callable(entry[0]) or not callable(entry[1])
            or any(e is not None and not callable(e) for e in entry[2:6])):
        raise CodecRegistryError('incompatible codecs in module "%s" (%s)'
                                 % (mod.__name__, mod.__file__))
    if len(entry) < 7 or entry[6] is None:
        entry = tuple(entry) + (None,) * (6 - len(entry)) + \
            (mod.__name__.split(".", 1)[1],)
    return codecs.CodecInfo(*entry)


def search_function(encoding):
    entry = _cache.get(encoding, _unknown)
    if entry is not _unknown:
        return entry
    norm = normalize_encoding(encoding)
    target = _aliases.get(norm) or _aliases.get(norm.replace('.', '_'))
    names = [target, norm] if target is not None else [norm]
    mod = _import_codec_module(names)
    getregentry = getattr(mod, 'getregentry', None)
    if getregentry is None:
        _cache[encoding] = None
        return None
    entry = _check_entry(getregentry(), mod)
    _cache[encoding] = entry
    getaliases = getattr(mod, 'getaliases', None)
    if getaliases is not None:
        for alias in getaliases():
            _aliases.setdefault(alias, mod.__name__.split('.', 1)[1])
    return entry


codecs.register(search_function)
