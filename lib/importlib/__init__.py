"""importlib - the programmatic interface to Glass's import system.

Implements import_module() (absolute and relative names), reload() (re-runs a
source module's file in the same module namespace, so objects created before
keep their identity and attributes the new source does not define survive),
invalidate_caches() and the __import__ alias.  Built on the interpreter's
__import__ and sys.modules; importlib.util adds find_spec() and
resolve_name().

Left out: importlib.abc, importlib.resources, importlib.metadata, custom
finders and loaders (Glass has no sys.meta_path hooks), bytecode caches.
"""

import sys

__all__ = ['__import__', 'import_module', 'invalidate_caches', 'reload']

__import__ = __import__

# Names of the modules being reloaded right now (a reload that reloads itself
# returns the module instead of recursing).
_RELOADING = {}


def _resolve_name(name, package, level):
    """Return the absolute name for a relative name 'name' at 'level' dots."""
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return '{}.{}'.format(base, name) if name else base


def _sanity_check(name, package, level):
    if not isinstance(name, str):
        raise TypeError('module name must be str, not {}'.format(type(name)))
    if level < 0:
        raise ValueError('level must be >= 0')
    if level > 0:
        if not isinstance(package, str):
            raise TypeError('__package__ not set to a string')
        elif not package:
            raise ImportError('attempted relative import with no known parent package')
    if not name and level == 0:
        raise ValueError('Empty module name')


def _gcd_import(name, package=None, level=0):
    """Import 'name' (absolute once resolved) and return that module itself."""
    _sanity_check(name, package, level)
    if level > 0:
        name = _resolve_name(name, package, level)
    module = sys.modules.get(name, _MISSING)
    if module is None:
        raise ModuleNotFoundError(
            'import of {} halted; None in sys.modules'.format(name), name=name)
    if module is _MISSING:
        __import__(name)
        try:
            module = sys.modules[name]
        except KeyError:
            raise ModuleNotFoundError('No module named {!r}'.format(name), name=name) from None
    return module


_MISSING = object()


def import_module(name, package=None):
    """Import a module and return it.

    'name' is an absolute name ('pkg.mod') or a relative one ('.mod', '..mod')
    resolved against 'package', which is then required.  Unlike the import
    statement the module named itself is returned, not its top-level package.
    """
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a "
                            "relative import for {!r}".format(name))
        for character in name:
            if character != '.':
                break
            level += 1
    return _gcd_import(name[level:], package, level)


def invalidate_caches():
    """Invalidate the finders' caches.

    Glass looks modules up in the file system on every import that misses
    sys.modules, so there is nothing to invalidate: this does nothing.
    """
    return None


def reload(module):
    """Reload a previously imported module and return it.

    The module's source file is found again along sys.path (or the parent
    package's __path__) and executed in the module's existing namespace, so
    references to the module object stay valid, names the new source does not
    define keep their old values, and objects created from the old definitions
    keep their identity (and their old classes).  Built-in modules are
    returned unchanged.
    """
    try:
        name = module.__spec__.name
    except AttributeError:
        try:
            name = module.__name__
        except AttributeError:
            raise TypeError('reload() argument must be a module') from None
    if not isinstance(module, type(sys)):
        raise TypeError('reload() argument must be a module')
    if sys.modules.get(name) is not module:
        raise ImportError('module {} not in sys.modules'.format(name), name=name)
    if name in _RELOADING:
        return _RELOADING[name]
    _RELOADING[name] = module
    try:
        from importlib import util as _util
        parent_name = name.rpartition('.')[0]
        if parent_name:
            try:
                parent = sys.modules[parent_name]
            except KeyError:
                raise ImportError('parent {!r} not in sys.modules'.format(parent_name),
                                  name=parent_name) from None
            path = parent.__path__
        else:
            path = None
        spec = _util._find_spec_on_path(name, path)
        if spec is None:
            raise ModuleNotFoundError('spec not found for the module {!r}'.format(name),
                                      name=name)
        if spec.origin in (None, 'built-in'):
            return sys.modules[name]
        _util._exec_in(spec, module)
        return sys.modules[name]
    finally:
        try:
            del _RELOADING[name]
        except KeyError:
            pass
