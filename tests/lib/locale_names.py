# locale names: normalize, getlocale parsing, getdefaultlocale, resetlocale
import locale
import os
import warnings

for name in ['C', 'c', 'POSIX', 'C.UTF-8', 'c.utf8', 'en_US', 'en_us.utf8', 'en_US.UTF-8',
             'de_DE', 'de_DE.UTF-8', 'de_DE@euro', 'de_DE.utf8@euro', 'fr_FR.ISO8859-1',
             'fr_FR.iso88591@euro', 'fr', 'german', 'ja_JP', 'ja_JP.eucjp', 'ru_RU',
             'ru_RU.koi8r', 'sr@latn', 'ca_ES@valencia', 'ca_ES.UTF-8@valencia',
             'pt_BR.utf-8', 'zh_CN', 'zh_TW.big5', 'xx_YY', 'xx_YY.UTF-8', 'en_US:UTF-8',
             'uk_UA.cp1251', 'el_GR.utf8', 'universal.utf8@ucs4', 'iso-8859-1', 'english']:
    print(repr(name), repr(locale.normalize(name)))
for name in ['C', 'C.UTF-8', 'en_US.UTF-8', 'de_DE@euro', 'fr_FR', 'UTF-8', 'xx']:
    try:
        print(repr(name), locale._parse_localename(name))
    except ValueError as e:
        print(repr(name), 'ValueError', e)
for t in [('en_US', 'UTF-8'), (None, 'UTF-8'), ('de_DE', None), (None, None)]:
    print(t, repr(locale._build_localename(t)))
for bad in [5, ('a',), (1, 2)]:
    try:
        locale._build_localename(bad)
    except TypeError as e:
        print('TypeError', e)
print(len(locale.locale_alias) > 100, locale.locale_alias['en_us'], locale.locale_alias['c'])
print(locale.locale_encoding_alias['utf8'], locale.locale_encoding_alias['iso8859_15'])
print(locale.windows_locale[0x0409], locale.windows_locale[0x0407])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(locale.getdefaultlocale())
    print(locale.getdefaultlocale(('NO_SUCH_VAR',)))
    os.environ['GLASS_TEST_LANG'] = 'de_DE:fr_FR'
    print(locale.getdefaultlocale(('GLASS_TEST_LANG',)))
    os.environ['LANGUAGE'] = 'fr_FR:de_DE'
    print(locale.getdefaultlocale(('LANGUAGE',)))
    try:
        locale.resetlocale()
    except locale.Error as e:
        print('Error', e)
    print([(x.category.__name__, str(x.message), x.lineno) for x in w])
