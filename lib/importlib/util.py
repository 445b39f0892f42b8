"""importlib.util - helpers around Glass's import system.

Implements find_spec() (the spec of an imported module, or a fresh search of
sys.path / the parent package's __path__ for one that is not imported yet,
None when nothing is found), resolve_name() and a small ModuleSpec class.

Left out: module_from_spec, spec_from_file_location, LazyLoader,
source_hash, cache_from_source and the other loader-protocol helpers.
"""

import sys
import os

__all__ = ['ModuleSpec', 'find_spec', 'resolve_name']


class ModuleSpec:
    """The import-related state of a module: name, origin (its file or
    'built-in'), submodule_search_locations (a package's __path__) and the
    derived parent and has_location.  Glass has no loader objects, so loader
    is None."""

    def __init__(self, name, loader=None, *, origin=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.submodule_search_locations = [] if is_package else None
        self.cached = None
        self.loader_state = None
        self.has_location = origin is not None and origin != 'built-in'

    @property
    def parent(self):
        """The name of the package the module belongs to."""
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    def __repr__(self):
        args = ['name={!r}'.format(self.name), 'loader={!r}'.format(self.loader)]
        if self.origin is not None:
            args.append('origin={!r}'.format(self.origin))
        if self.submodule_search_locations is not None:
            args.append('submodule_search_locations={}'.format(
                self.submodule_search_locations))
        return '{}({})'.format(type(self).__name__, ', '.join(args))

    def __eq__(self, other):
        if not isinstance(other, ModuleSpec):
            return NotImplemented
        return (self.name == other.name and self.loader == other.loader
                and self.origin == other.origin
                and self.submodule_search_locations == other.submodule_search_locations
                and self.has_location == other.has_location)


def resolve_name(name, package):
    """Resolve a relative module name ('.x', '..x') to an absolute one."""
    if not name.startswith('.'):
        return name
    elif not package:
        raise ImportError(f'no package specified for {repr(name)} '
                          '(required for relative module names)')
    level = 0
    for character in name:
        if character != '.':
            break
        level += 1
    from importlib import _resolve_name
    return _resolve_name(name[level:], package, level)


def _find_spec_on_path(fullname, path):
    """Search for 'fullname' like the import statement does: built-in modules,
    then each directory of 'path' (sys.path when None) for a package
    (<dir>/<last>/__init__.py) or a module (<dir>/<last>.py)."""
    if path is None:
        if fullname in sys.builtin_module_names:
            return ModuleSpec(fullname, None, origin='built-in')
        path = sys.path
    last = fullname.rpartition('.')[2]
    for entry in path:
        if not isinstance(entry, str):
            continue
        directory = entry or os.getcwd()
        pkgdir = os.path.join(directory, last)
        init = os.path.join(pkgdir, '__init__.py')
        if os.path.isfile(init):
            spec = ModuleSpec(fullname, None, origin=init, is_package=True)
            spec.submodule_search_locations.append(pkgdir)
            return spec
        source = os.path.join(directory, last + '.py')
        if os.path.isfile(source):
            return ModuleSpec(fullname, None, origin=source)
    return None


def _exec_in(spec, module):
    """Run the source file spec.origin as the body of 'module' (in place)."""
    with open(spec.origin, encoding='utf-8') as f:
        source = f.read()
    code = compile(source, spec.origin, 'exec')
    module.__file__ = spec.origin
    if spec.submodule_search_locations is not None:
        module.__path__ = list(spec.submodule_search_locations)
    exec(code, module.__dict__)


def find_spec(name, package=None):
    """Return the spec of the module 'name' (relative names are resolved
    against 'package'), or None if it cannot be found.

    An imported module's own __spec__ is returned.  For a submodule the
    parent package is imported first, as CPython does.
    """
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname not in sys.modules:
        parent_name = fullname.rpartition('.')[0]
        if parent_name:
            parent = __import__(parent_name, fromlist=['__path__'])
            parent = sys.modules.get(parent_name, parent)
            try:
                parent_path = parent.__path__
            except AttributeError as e:
                raise ModuleNotFoundError(
                    f"__path__ attribute not found on {parent_name!r} "
                    f"while trying to find {fullname!r}", name=fullname) from e
        else:
            parent_path = None
        return _find_spec_on_path(fullname, parent_path)
    module = sys.modules[fullname]
    if module is None:
        return None
    try:
        spec = module.__spec__
    except AttributeError:
        raise ValueError('{}.__spec__ is not set'.format(name)) from None
    if spec is None:
        raise ValueError('{}.__spec__ is None'.format(name))
    return spec
