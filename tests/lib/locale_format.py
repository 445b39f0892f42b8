# locale number formatting: format_string, str, currency, atof/atoi, (de)localize
import locale
import warnings

print(locale.format_string('%d', 1234567), locale.format_string('%.2f', 1234.5, True))
print(locale.format_string('%s and %d%%', ('x', 5)))
print(locale.format_string('%(a)d/%(b).1f', {'a': 1, 'b': 2.25}))
print(locale.format_string('%*d|%-*.*f', (6, 42, 9, 2, 3.14159)))
print(locale.str(3.14159265358979), locale.str(1e20), locale.str(12))
print(locale.atof('1234.5'), locale.atoi('42'), locale.delocalize('1234.5'))
print(locale.localize('1234567.891'), locale.localize('1234567.891', grouping=True))
try:
    locale.currency(1.5)
except ValueError as e:
    print('ValueError', e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(locale.format('%.1f', 2.5))
    for bad in ['%d %d', 'x%d']:
        try:
            locale.format(bad, 1)
        except ValueError as e:
            print('ValueError', e)
    print([(x.category.__name__, str(x.message)) for x in w])

# a German-like convention, through the override hook CPython's tests use too
locale._override_localeconv = {
    'thousands_sep': '.', 'decimal_point': ',', 'grouping': [3, 3, 0],
    'mon_thousands_sep': ' ', 'mon_decimal_point': ',', 'mon_grouping': [3, 0],
    'currency_symbol': 'EUR', 'int_curr_symbol': 'EUR ', 'frac_digits': 2,
    'int_frac_digits': 2, 'p_cs_precedes': 0, 'n_cs_precedes': 0, 'p_sep_by_space': 1,
    'n_sep_by_space': 1, 'p_sign_posn': 1, 'n_sign_posn': 1, 'positive_sign': '',
    'negative_sign': '-'}
print(locale.format_string('%d', 1234567, grouping=True))
print(locale.format_string('%.2f', 1234567.891, grouping=True))
print(repr(locale.format_string('%12d', 1234567, grouping=True)))
print(repr(locale.format_string('%-12.1f', -1234.5, grouping=True)))
print(locale.format_string('%.2f', 1234.5, grouping=True, monetary=True))
print(locale.str(1234.25), locale.localize('1234567.5', True))
print(locale.delocalize('1.234.567,5'), locale.atof('1.234,5'), locale.atoi('1.234'))
print(locale.currency(1234.5), locale.currency(-1234.5, grouping=True))
print(locale.currency(7, international=True), locale.currency(7, symbol=False))
for pos in range(5):
    locale._override_localeconv.update(n_sign_posn=pos, n_cs_precedes=1)
    print(pos, locale.currency(-3.25))
locale._override_localeconv['grouping'] = [2, locale.CHAR_MAX]
print(locale.format_string('%d', 1234567, grouping=True))
locale._override_localeconv['grouping'] = [0]
try:
    locale.format_string('%d', 1234567, grouping=True)
except ValueError as e:
    print('ValueError', e)
locale._override_localeconv = {}
print(locale.localeconv()['decimal_point'])
