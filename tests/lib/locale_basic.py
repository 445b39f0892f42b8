# locale / _locale: categories, setlocale queries and errors, localeconv, langinfo
import locale
import _locale

print(locale.LC_CTYPE, locale.LC_NUMERIC, locale.LC_TIME, locale.LC_COLLATE,
      locale.LC_MONETARY, locale.LC_MESSAGES, locale.LC_ALL, locale.CHAR_MAX)
print(locale.Error, locale.Error.__mro__[1].__name__, locale.Error is _locale.Error)
print(sorted(locale.__all__))
print(locale.setlocale(locale.LC_CTYPE))
print(locale.setlocale(locale.LC_NUMERIC))
print(locale.getlocale(), locale.getlocale(locale.LC_NUMERIC))
print(locale.getencoding(), locale.getpreferredencoding(), locale.getpreferredencoding(False))
print(locale.setlocale(locale.LC_ALL, 'C'))
print(locale.setlocale(locale.LC_ALL), locale.getlocale())
print(locale.setlocale(locale.LC_ALL, 'C.UTF-8'), locale.getlocale(locale.LC_TIME))
print(locale.setlocale(locale.LC_ALL, ''))
print(locale.setlocale(locale.LC_NUMERIC, None))
for t in [('C', 'UTF-8'), (None, None), ('C', None)]:
    try:
        print(t, locale.setlocale(locale.LC_CTYPE, t))
    except locale.Error as e:
        print(t, 'Error', e)
for args in [(999,), (999, 'C'), ('x',), (0, 'xx_YY'), (0, 5), (0, 'C\0'),
             (locale.LC_ALL, ('a', 'b', 'c')), (locale.LC_ALL, 'no_SUCH.locale')]:
    try:
        print(args, repr(locale.setlocale(*args)))
    except Exception as e:
        print(args, type(e).__name__, e)
conv = locale.localeconv()
print(sorted(conv.items()))
print(locale.localeconv() is not locale.localeconv())
for name in ['CODESET', 'D_T_FMT', 'D_FMT', 'T_FMT', 'RADIXCHAR', 'THOUSEP', 'YESEXPR',
             'NOEXPR', 'CRNCYSTR', 'DAY_1', 'DAY_7', 'ABDAY_2', 'MON_1', 'MON_12',
             'ABMON_3', 'AM_STR', 'PM_STR', 'T_FMT_AMPM', 'ERA']:
    print(name, repr(locale.nl_langinfo(getattr(locale, name))))
for bad in [999, 'x']:
    try:
        locale.nl_langinfo(bad)
    except Exception as e:
        print(type(e).__name__, e)
print(locale.strcoll('a', 'b'), locale.strcoll('b', 'a'), locale.strcoll('x', 'x'))
print(repr(locale.strxfrm('abc')), sorted(['b', 'C', 'a'], key=locale.strxfrm))
for f, a in [(locale.strcoll, ('a\0', 'b')), (locale.strcoll, ('a', 1)),
             (locale.strxfrm, (1,)), (locale.strcoll, ('a',))]:
    try:
        f(*a)
    except Exception as e:
        print(type(e).__name__, e)
try:
    locale.getlocale(locale.LC_ALL)
    print('LC_ALL ok')
except TypeError as e:
    print('TypeError', e)
print(locale.gettext('hello'), locale.dgettext(None, 'x'), locale.textdomain(None))
print(1.5, '%.3f' % 2.25, float('3.5'))
