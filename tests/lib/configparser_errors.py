import configparser as cp

def show(f, *a, **k):
    try:
        r = f(*a, **k)
        print('ok', r)
    except Exception as e:
        print(type(e).__name__ + ':', e)
        print('  args:', e.args)

c = cp.ConfigParser()
c.read_string('[s]\na = 1\nb = hello\n')
show(c.get, 'x', 'a')
show(c.get, 's', 'zz')
show(c.getint, 's', 'b')
show(c.getboolean, 's', 'b')
show(c.getfloat, 's', 'b')
show(c.options, 'x')
show(c.items, 'x')
show(c.set, 'x', 'a', '1')
show(c.set, 's', 'a', 1)
show(c.set, 's', 1, 'v')
show(c.add_section, 's')
show(c.add_section, 'DEFAULT')
show(c.add_section, 3)
show(c.remove_option, 'x', 'a')
show(c.__delitem__, 'DEFAULT')
show(c.__delitem__, 'zz')
show(c.read_string, '[s]\n')
show(c.read_string, '[t]\n[t]\n')
show(c.read_string, '[t]\nk=1\nK=2\n', 'mysource')
show(c.read_string, 'k = v\n[t]\n')
show(c.read_string, '[t]\ngood = 1\nbad line\n= novalue\nanother bad\n')
show(c.read_dict, {'u': {'a': 1, 'A': 2}})
show(c.read_dict, {'DEFAULT': {'x': 1}})
show(c.set, 's', 'p', '100%')
show(c.set, 's', 'p', '%(a)s and %%')
show(cp.ConfigParser, interpolation=5)

e = cp.ParsingError('src')
e.append(3, "'x'")
print(repr(e), e.source, e.errors)
show(cp.ParsingError)
show(cp.ParsingError, 'a', 'b')
print(cp.NoSectionError('s').section, cp.NoOptionError('o', 's').option)
print(cp.DuplicateSectionError('s'), '|', cp.DuplicateSectionError('s', 'src'), '|',
      cp.DuplicateSectionError('s', 'src', 12))
print(cp.DuplicateOptionError('s', 'o'), '|', cp.DuplicateOptionError('s', 'o', 'src', 3))
print(cp.MissingSectionHeaderError('f', 1, 'line').lineno)
print(issubclass(cp.MissingSectionHeaderError, cp.ParsingError),
      issubclass(cp.InterpolationMissingOptionError, cp.InterpolationError),
      issubclass(cp.NoSectionError, cp.Error), issubclass(cp.Error, Exception))

# non-strict parser merges duplicates
n = cp.ConfigParser(strict=False)
n.read_string('[t]\nk=1\nk=2\n[t]\nj=3\n')
print(n.items('t'))
