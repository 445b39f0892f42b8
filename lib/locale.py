"""Locale support module (Glass).

The C library does the work through the `_locale` built-in module (setlocale,
localeconv, strcoll, strxfrm, nl_langinfo, getencoding); this module adds the
Python-level helpers of CPython 3.11's `locale` on POSIX systems: locale names
(normalize, getlocale, getdefaultlocale, setlocale with (language, encoding) tuples),
number formatting by the locale's conventions (format_string, currency, str,
localize, delocalize, atof, atoi) and getpreferredencoding.

The alias tables (locale_alias, locale_encoding_alias, windows_locale) hold the common
entries only; names missing from them normalize to themselves (see
docs/differences.md).
"""

import sys
import _locale
from _locale import *   # setlocale, localeconv, ..., LC_* and the langinfo constants
from _locale import setlocale as _setlocale, localeconv as _localeconv
from _locale import strcoll, strxfrm, getencoding, Error, CHAR_MAX

_builtin_str = str

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error",
           "setlocale", "resetlocale", "localeconv", "strcoll", "strxfrm",
           "str", "atof", "atoi", "format", "format_string", "currency",
           "normalize", "LC_CTYPE", "LC_COLLATE", "LC_TIME", "LC_MONETARY",
           "LC_NUMERIC", "LC_ALL", "CHAR_MAX", "getencoding", "LC_MESSAGES"]


# ---- the numeric conventions ---------------------------------------------------------

# Entries here replace those of the C library's localeconv() (used by tests).
_override_localeconv = {}


def localeconv():
    """Returns numeric and monetary locale-specific parameters."""
    conv = _localeconv()
    if _override_localeconv:
        conv.update(_override_localeconv)
    return conv


def _conv_key(monetary, name):
    return ('mon_' + name) if monetary else name


def _grouping_intervals(grouping):
    """The successive group widths, right to left, of a localeconv() grouping list:
    CHAR_MAX stops grouping, 0 repeats the previous width forever."""
    previous = None
    for width in grouping:
        if width == CHAR_MAX:
            return
        if width == 0:
            if previous is None:
                raise ValueError("invalid grouping")
            while True:
                yield previous
        yield width
        previous = width


def _group(s, monetary=False):
    """Insert the thousands separator into the digits of s; returns the new string and
    the number of characters added."""
    conv = localeconv()
    sep = conv[_conv_key(monetary, 'thousands_sep')]
    grouping = conv[_conv_key(monetary, 'grouping')]
    if not grouping:
        return (s, 0)
    body = s.rstrip(' ')
    trailing = s[len(body):]
    leading = ''
    groups = []
    for width in _grouping_intervals(grouping):
        if not body or body[-1] not in '0123456789':
            leading, body = body, ''    # only a sign or padding is left
            break
        groups.append(body[-width:])
        body = body[:-width]
    if body:
        groups.append(body)
    groups.reverse()
    return (leading + sep.join(groups) + trailing, len(sep) * (len(groups) - 1))


def _strip_padding(s, amount):
    """Remove up to `amount` spaces of padding, first on the left, then on the right,
    so grouping keeps a formatted field's width."""
    start, end = 0, len(s)
    while amount and s[start] == ' ':
        start += 1
        amount -= 1
    while amount and s[end - 1] == ' ':
        end -= 1
        amount -= 1
    return s[start:end]


def _localize(formatted, grouping=False, monetary=False):
    integral, dot, fraction = formatted.partition('.')
    parts = formatted.split('.')
    added = 0
    if grouping:
        parts[0], added = _group(parts[0], monetary=monetary)
    if dot:
        point = localeconv()[_conv_key(monetary, 'decimal_point')]
        formatted = point.join(parts)
    else:
        formatted = parts[0]
    if added:
        formatted = _strip_padding(formatted, added)
    return formatted


_percent_re = None


def _percent_pattern():
    global _percent_re
    if _percent_re is None:
        import re
        _percent_re = re.compile(r'%(?:\((?P<key>.*?)\))?'
                                 r'(?P<modifiers>[-#0-9 +*.hlL]*?)[eEfFgGdiouxXcrs%]')
    return _percent_re


def _format(percent, value, grouping=False, monetary=False, *additional):
    formatted = percent % ((value,) + additional if additional else value)
    if percent[-1] in 'eEfFgGdiu':
        formatted = _localize(formatted, grouping, monetary)
    return formatted


def format_string(f, val, grouping=False, monetary=False):
    """Formats a string in the same way that the % formatting would use,
    but takes the current locale into account.

    Grouping is applied if the third parameter is true.
    Conversion uses monetary thousands separator and grouping strings if
    forth parameter monetary is true."""
    import collections.abc
    specs = list(_percent_pattern().finditer(f))
    template = _percent_pattern().sub('%s', f)
    pieces = []
    if isinstance(val, collections.abc.Mapping):
        for m in specs:
            spec = m.group()
            pieces.append('%' if spec[-1] == '%' else _format(spec, val, grouping, monetary))
    else:
        if not isinstance(val, tuple):
            val = (val,)
        i = 0
        for m in specs:
            spec = m.group()
            if spec[-1] == '%':
                pieces.append('%')
                continue
            stars = m.group('modifiers').count('*')
            pieces.append(_format(spec, val[i], grouping, monetary,
                                  *val[i + 1:i + 1 + stars]))
            i += 1 + stars
    return template % tuple(pieces)


def format(percent, value, grouping=False, monetary=False, *additional):
    """Deprecated, use format_string instead."""
    import warnings
    warnings.warn("This method will be removed in a future version of Python. "
                  "Use 'locale.format_string()' instead.",
                  DeprecationWarning, stacklevel=2)
    m = _percent_pattern().match(percent)
    if not m or len(m.group()) != len(percent):
        raise ValueError("format() must be given exactly one %%char format specifier, "
                         "%s not valid" % repr(percent))
    return _format(percent, value, grouping, monetary, *additional)


def currency(val, symbol=True, grouping=False, international=False):
    """Formats val according to the currency settings
    in the current locale."""
    conv = localeconv()
    digits = conv['int_frac_digits' if international else 'frac_digits']
    if digits == 127:
        raise ValueError("Currency formatting is not possible using the 'C' locale.")
    negative = val < 0
    # '<' and '>' mark where a sign may go between the symbol and the amount
    s = '<' + _localize(f'{abs(val):.{digits}f}', grouping, monetary=True) + '>'
    if symbol:
        smb = conv['int_curr_symbol' if international else 'currency_symbol']
        space = ' ' if conv['n_sep_by_space' if negative else 'p_sep_by_space'] else ''
        if conv['n_cs_precedes' if negative else 'p_cs_precedes']:
            s = smb + space + s
        else:
            if international and smb[-1] == ' ':
                smb = smb[:-1]
            s = s + space + smb
    position = conv['n_sign_posn' if negative else 'p_sign_posn']
    sign = conv['negative_sign' if negative else 'positive_sign']
    if position == 0:
        s = '(' + s + ')'
    elif position == 2:
        s = s + sign
    elif position == 3:
        s = s.replace('<', sign)
    elif position == 4:
        s = s.replace('>', sign)
    else:          # 1, and the C library's "unspecified"
        s = sign + s
    return s.replace('<', '').replace('>', '')


def str(val):
    """Convert float to string, taking the locale into account."""
    return _format("%.12g", val)


def delocalize(string):
    "Parses a string as a normalized number according to the locale settings."
    conv = localeconv()
    if conv['thousands_sep']:
        string = string.replace(conv['thousands_sep'], '')
    if conv['decimal_point']:
        string = string.replace(conv['decimal_point'], '.')
    return string


def localize(string, grouping=False, monetary=False):
    """Parses a string as locale number according to the locale settings."""
    return _localize(string, grouping, monetary)


def atof(string, func=float):
    "Parses a string as a float according to the locale settings."
    return func(delocalize(string))


def atoi(string):
    "Converts a string to an integer according to the locale settings."
    return int(delocalize(string))


# ---- locale names ----------------------------------------------------------------------

def _replace_encoding(code, encoding):
    import encodings
    import encodings.aliases
    lang = code.partition('.')[0]
    name = encodings.normalize_encoding(encoding)
    name = encodings.aliases.aliases.get(name.lower(), name)
    key = name.lower()
    if key not in locale_encoding_alias:
        key = key.replace('_', '').replace('-', '')
    return lang + '.' + locale_encoding_alias.get(key, name)


def _append_modifier(code, modifier):
    if modifier == 'euro':
        if '.' not in code:
            return code + '.ISO8859-15'
        encoding = code.partition('.')[2]
        if encoding in ('ISO8859-15', 'UTF-8'):
            return code
        if encoding == 'ISO8859-1':
            return _replace_encoding(code, 'ISO8859-15')
    return code + '@' + modifier


def normalize(localename):
    """ Returns a normalized locale code for the given locale
        name.

        The returned locale code is formatted for use with
        setlocale().

        If normalization fails, the original name is returned
        unchanged.

        If the given encoding is not known, the function defaults to
        the default encoding for the locale code just like setlocale()
        does.

    """
    code = localename.lower().replace(':', '.')
    code, _, modifier = code.partition('@')
    lang = code.split('.')[0]
    encoding = code.split('.')[1] if '.' in code else ''
    with_enc = lang
    if encoding:
        with_enc += '.' + encoding.replace('-', '').replace('_', '')
    mod = '@' + modifier if modifier else ''
    # 1. the whole name
    found = locale_alias.get(with_enc + mod)
    if found is not None:
        return found
    # 2. without the modifier
    if modifier:
        found = locale_alias.get(with_enc)
        if found is not None:
            if '@' not in found:
                return _append_modifier(found, modifier)
            if found.split('@', 1)[1].lower() == modifier:
                return found
    if encoding:
        # 3. the language (and modifier) with the encoding asked for
        found = locale_alias.get(lang + mod)
        if found is not None:
            base, at, default_mod = found.partition('@')
            return _replace_encoding(base, encoding) + at + default_mod
        # 4. the bare language, keeping the modifier
        if modifier:
            found = locale_alias.get(lang)
            if found is not None:
                base, at, default_mod = found.partition('@')
                if not at:
                    return _append_modifier(_replace_encoding(base, encoding), modifier)
                if default_mod.lower() == modifier:
                    return _replace_encoding(base, encoding) + '@' + default_mod
    return localename


def _parse_localename(localename):
    """(language code, encoding) of a locale name, after normalize()."""
    code = normalize(localename)
    if '@' in code:
        code, modifier = code.split('@', 1)
        if modifier == 'euro' and '.' not in code:
            return code, 'iso-8859-15'
    if '.' in code:
        return tuple(code.split('.')[:2])
    if code == 'C':
        return None, None
    if code == 'UTF-8':
        return None, 'UTF-8'
    raise ValueError('unknown locale: %s' % localename)


def _build_localename(localetuple):
    """The locale name of a (language, encoding) pair."""
    try:
        language, encoding = localetuple
    except (TypeError, ValueError):
        raise TypeError('Locale must be None, a string, or an iterable of '
                        'two strings -- language code, encoding.') from None
    try:
        if language is None:
            language = 'C'
        return language if encoding is None else language + '.' + encoding
    except TypeError:
        raise TypeError('Locale must be None, a string, or an iterable of '
                        'two strings -- language code, encoding.') from None


def _getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    import os
    name = 'C'
    for var in envvars:
        value = os.environ.get(var)
        if value:
            name = value.split(':')[0] if var == 'LANGUAGE' else value
            break
    return _parse_localename(name)


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    """ Tries to determine the default locale settings and returns
        them as tuple (language code, encoding).

        The first of the environment variables envvars that is set gives the
        locale name; 'C' when none is.
    """
    import warnings
    warnings.warn("Use setlocale(), getencoding() and getlocale() instead",
                  DeprecationWarning, stacklevel=2)
    return _getdefaultlocale(envvars)


def getlocale(category=LC_CTYPE):
    """ Returns the current setting for the given locale category as
        tuple (language code, encoding).

        category may be one of the LC_* value except LC_ALL. It
        defaults to LC_CTYPE.

        Except for the code 'C', the language code corresponds to RFC
        1766.  code and encoding can be None in case the values cannot
        be determined.

    """
    name = _setlocale(category)
    if category == LC_ALL and ';' in name:
        raise TypeError('category LC_ALL is not supported')
    return _parse_localename(name)


def setlocale(category, locale=None):
    """ Set the locale for the given category.  The locale can be
        a string, an iterable of two strings (language code and encoding),
        or None.

        Iterables are converted to strings using the locale aliasing
        engine.  Locale strings are passed directly to the C lib.

        category may be given as one of the LC_* values.

    """
    if locale and not isinstance(locale, _builtin_str):
        locale = normalize(_build_localename(locale))
    return _setlocale(category, locale)


def resetlocale(category=LC_ALL):
    """ Sets the locale for category to the default setting.

        The default setting is determined by calling
        getdefaultlocale(). category defaults to LC_ALL.

    """
    import warnings
    warnings.warn('Use locale.setlocale(locale.LC_ALL, "") instead',
                  DeprecationWarning, stacklevel=2)
    _setlocale(category, _build_localename(_getdefaultlocale()))


def getpreferredencoding(do_setlocale=True):
    """Return the charset that the user is likely using,
    according to the system configuration."""
    if sys.flags.warn_default_encoding:
        import warnings
        warnings.warn("UTF-8 Mode affects locale.getpreferredencoding(). "
                      "Consider locale.getencoding() instead.", EncodingWarning, 2)
    if sys.flags.utf8_mode:
        return 'utf-8'
    if not do_setlocale:
        return getencoding()
    saved = _setlocale(LC_CTYPE)
    try:
        try:
            _setlocale(LC_CTYPE, "")
        except Error:
            pass
        return getencoding()
    finally:
        _setlocale(LC_CTYPE, saved)


# ---- alias tables ----------------------------------------------------------------------

# Encoding names of locale names (lower case, without '-' and '_', plus the Python
# codec spellings) -> the C library's spelling.
locale_encoding_alias = {
    '437': 'C', 'c': 'C', 'en': 'ISO8859-1', 'jis': 'JIS7', 'jis7': 'JIS7',
    'ajec': 'eucJP', 'koi8c': 'KOI8-C', 'microsoftcp1251': 'CP1251',
    'microsoftcp1255': 'CP1255', 'microsoftcp1256': 'CP1256', '88591': 'ISO8859-1',
    '88592': 'ISO8859-2', '88595': 'ISO8859-5', '885915': 'ISO8859-15',
    'ascii': 'ISO8859-1', 'latin_1': 'ISO8859-1', 'iso2022_jp': 'JIS7',
    'shift_jis': 'SJIS', 'tactis': 'TACTIS', 'euc_jp': 'eucJP', 'euc_kr': 'eucKR',
    'utf_8': 'UTF-8', 'koi8_r': 'KOI8-R', 'koi8_t': 'KOI8-T', 'koi8_u': 'KOI8-U',
    'kz1048': 'RK1048', 'cp1251': 'CP1251', 'cp1255': 'CP1255', 'cp1256': 'CP1256',
    'eucjp': 'eucJP', 'euckr': 'eucKR', 'iso2022jp': 'JIS7', 'koi8r': 'KOI8-R',
    'koi8t': 'KOI8-T', 'koi8u': 'KOI8-U', 'latin1': 'ISO8859-1', 'shiftjis': 'SJIS',
    'utf8': 'UTF-8',
}
for _n in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14, 15, 16):
    locale_encoding_alias['iso8859_%d' % _n] = 'ISO8859-%d' % _n
    locale_encoding_alias['iso8859%d' % _n] = 'ISO8859-%d' % _n
del _n

# Locale names (lower case) -> full locale names. The common languages and
# territories only (CPython's table, from X.org's locale.alias, has about 600).
locale_alias = {
    'c': 'C', 'c.ascii': 'C', 'c.en': 'C', 'c.iso88591': 'en_US.ISO8859-1',
    'c.utf8': 'en_US.UTF-8', 'c_c': 'C', 'c_c.c': 'C', 'posix': 'C',
    'universal': 'en_US.UTF-8', 'universal.utf8@ucs4': 'en_US.UTF-8',
    'iso-8859-1': 'en_US.ISO8859-1', 'iso8859-1': 'en_US.ISO8859-1',
    'iso_8859_1': 'en_US.ISO8859-1',
    'american': 'en_US.ISO8859-1', 'english': 'en_EN.ISO8859-1',
    'english_uk': 'en_GB.ISO8859-1', 'english_us': 'en_US.ISO8859-1',
    'en': 'en_US.ISO8859-1', 'en_au': 'en_AU.ISO8859-1', 'en_ca': 'en_CA.ISO8859-1',
    'en_gb': 'en_GB.ISO8859-1', 'en_ie': 'en_IE.ISO8859-1', 'en_in': 'en_IN.ISO8859-1',
    'en_nz': 'en_NZ.ISO8859-1', 'en_us': 'en_US.ISO8859-1', 'en_za': 'en_ZA.ISO8859-1',
    'ar': 'ar_AA.ISO8859-6', 'ar_eg': 'ar_EG.ISO8859-6', 'ar_sa': 'ar_SA.ISO8859-6',
    'be_by@latin': 'be_BY.UTF-8@latin', 'bg': 'bg_BG.CP1251', 'bg_bg': 'bg_BG.CP1251',
    'bn_in': 'bn_IN.UTF-8', 'ca': 'ca_ES.ISO8859-1', 'ca_es': 'ca_ES.ISO8859-1',
    'ca_es@valencia': 'ca_ES.UTF-8@valencia', 'cs': 'cs_CZ.ISO8859-2',
    'cs_cz': 'cs_CZ.ISO8859-2', 'czech': 'cs_CZ.ISO8859-2', 'cy': 'cy_GB.ISO8859-1',
    'cy_gb': 'cy_GB.ISO8859-1', 'da': 'da_DK.ISO8859-1', 'da_dk': 'da_DK.ISO8859-1',
    'danish': 'da_DK.ISO8859-1', 'de': 'de_DE.ISO8859-1', 'de_at': 'de_AT.ISO8859-1',
    'de_be': 'de_BE.ISO8859-1', 'de_ch': 'de_CH.ISO8859-1', 'de_de': 'de_DE.ISO8859-1',
    'de_lu': 'de_LU.ISO8859-1', 'german': 'de_DE.ISO8859-1', 'dutch': 'nl_NL.ISO8859-1',
    'el': 'el_GR.ISO8859-7', 'el_gr': 'el_GR.ISO8859-7', 'greek': 'el_GR.ISO8859-7',
    'es': 'es_ES.ISO8859-1', 'es_ar': 'es_AR.ISO8859-1', 'es_cl': 'es_CL.ISO8859-1',
    'es_co': 'es_CO.ISO8859-1', 'es_es': 'es_ES.ISO8859-1', 'es_mx': 'es_MX.ISO8859-1',
    'es_us': 'es_US.ISO8859-1', 'spanish': 'es_ES.ISO8859-1', 'et': 'et_EE.ISO8859-15',
    'et_ee': 'et_EE.ISO8859-15', 'eu': 'eu_ES.ISO8859-1', 'eu_es': 'eu_ES.ISO8859-1',
    'fa': 'fa_IR.UTF-8', 'fa_ir': 'fa_IR.UTF-8', 'fi': 'fi_FI.ISO8859-15',
    'fi_fi': 'fi_FI.ISO8859-15', 'finnish': 'fi_FI.ISO8859-1', 'fr': 'fr_FR.ISO8859-1',
    'fr_be': 'fr_BE.ISO8859-1', 'fr_ca': 'fr_CA.ISO8859-1', 'fr_ch': 'fr_CH.ISO8859-1',
    'fr_fr': 'fr_FR.ISO8859-1', 'fr_lu': 'fr_LU.ISO8859-1', 'french': 'fr_FR.ISO8859-1',
    'ga': 'ga_IE.ISO8859-1', 'ga_ie': 'ga_IE.ISO8859-1', 'gl': 'gl_ES.ISO8859-1',
    'gl_es': 'gl_ES.ISO8859-1', 'he': 'he_IL.ISO8859-8', 'he_il': 'he_IL.ISO8859-8',
    'hebrew': 'he_IL.ISO8859-8', 'iw': 'he_IL.ISO8859-8', 'iw_il': 'he_IL.ISO8859-8',
    'hi': 'hi_IN.ISCII-DEV', 'hi_in': 'hi_IN.ISCII-DEV', 'hr': 'hr_HR.ISO8859-2',
    'hr_hr': 'hr_HR.ISO8859-2', 'hu': 'hu_HU.ISO8859-2', 'hu_hu': 'hu_HU.ISO8859-2',
    'id': 'id_ID.ISO8859-1', 'id_id': 'id_ID.ISO8859-1', 'is': 'is_IS.ISO8859-1',
    'is_is': 'is_IS.ISO8859-1', 'it': 'it_IT.ISO8859-1', 'it_ch': 'it_CH.ISO8859-1',
    'it_it': 'it_IT.ISO8859-1', 'italian': 'it_IT.ISO8859-1', 'ja': 'ja_JP.eucJP',
    'ja_jp': 'ja_JP.eucJP', 'ja_jp.euc': 'ja_JP.eucJP', 'japanese': 'ja_JP.eucJP',
    'ko': 'ko_KR.eucKR', 'ko_kr': 'ko_KR.eucKR', 'korean': 'ko_KR.eucKR',
    'lt': 'lt_LT.ISO8859-13', 'lt_lt': 'lt_LT.ISO8859-13', 'lv': 'lv_LV.ISO8859-13',
    'lv_lv': 'lv_LV.ISO8859-13', 'ms': 'ms_MY.ISO8859-1', 'ms_my': 'ms_MY.ISO8859-1',
    'nb': 'nb_NO.ISO8859-1', 'nb_no': 'nb_NO.ISO8859-1', 'nl': 'nl_NL.ISO8859-1',
    'nl_be': 'nl_BE.ISO8859-1', 'nl_nl': 'nl_NL.ISO8859-1', 'nn': 'nn_NO.ISO8859-1',
    'nn_no': 'nn_NO.ISO8859-1', 'no': 'no_NO.ISO8859-1', 'no_no': 'no_NO.ISO8859-1',
    'norwegian': 'no_NO.ISO8859-1', 'pl': 'pl_PL.ISO8859-2', 'pl_pl': 'pl_PL.ISO8859-2',
    'polish': 'pl_PL.ISO8859-2', 'pt': 'pt_PT.ISO8859-1', 'pt_br': 'pt_BR.ISO8859-1',
    'pt_pt': 'pt_PT.ISO8859-1', 'portuguese': 'pt_PT.ISO8859-1',
    'ro': 'ro_RO.ISO8859-2', 'ro_ro': 'ro_RO.ISO8859-2', 'ru': 'ru_RU.UTF-8',
    'ru_ru': 'ru_RU.UTF-8', 'ru_ua': 'ru_UA.KOI8-U', 'russian': 'ru_RU.KOI8-R',
    'sk': 'sk_SK.ISO8859-2', 'sk_sk': 'sk_SK.ISO8859-2', 'sl': 'sl_SI.ISO8859-2',
    'sl_si': 'sl_SI.ISO8859-2', 'sr': 'sr_RS.UTF-8', 'sr@latn': 'sr_CS.UTF-8@latin',
    'sr_rs': 'sr_RS.UTF-8', 'sv': 'sv_SE.ISO8859-1', 'sv_fi': 'sv_FI.ISO8859-1',
    'sv_se': 'sv_SE.ISO8859-1', 'swedish': 'sv_SE.ISO8859-1', 'ta_in': 'ta_IN.TSCII-0',
    'th': 'th_TH.ISO8859-11', 'th_th': 'th_TH.ISO8859-11', 'tr': 'tr_TR.ISO8859-9',
    'tr_tr': 'tr_TR.ISO8859-9', 'turkish': 'tr_TR.ISO8859-9', 'uk': 'uk_UA.KOI8-U',
    'uk_ua': 'uk_UA.KOI8-U', 'uz_uz@cyrillic': 'uz_UZ.UTF-8', 'vi': 'vi_VN.TCVN',
    'vi_vn': 'vi_VN.TCVN', 'zh': 'zh_CN.eucCN', 'zh_cn': 'zh_CN.gb2312',
    'zh_hk': 'zh_HK.big5hkscs', 'zh_sg': 'zh_SG.GB2312', 'zh_tw': 'zh_TW.big5',
}

# Windows locale identifiers (LCIDs) -> locale names: the common ones.
windows_locale = {
    0x0401: 'ar_SA', 0x0402: 'bg_BG', 0x0403: 'ca_ES', 0x0404: 'zh_TW', 0x0405: 'cs_CZ',
    0x0406: 'da_DK', 0x0407: 'de_DE', 0x0408: 'el_GR', 0x0409: 'en_US', 0x040a: 'es_ES',
    0x040b: 'fi_FI', 0x040c: 'fr_FR', 0x040d: 'he_IL', 0x040e: 'hu_HU', 0x040f: 'is_IS',
    0x0410: 'it_IT', 0x0411: 'ja_JP', 0x0412: 'ko_KR', 0x0413: 'nl_NL', 0x0414: 'nb_NO',
    0x0415: 'pl_PL', 0x0416: 'pt_BR', 0x0418: 'ro_RO', 0x0419: 'ru_RU', 0x041a: 'hr_HR',
    0x041b: 'sk_SK', 0x041d: 'sv_SE', 0x041e: 'th_TH', 0x041f: 'tr_TR', 0x0421: 'id_ID',
    0x0422: 'uk_UA', 0x0424: 'sl_SI', 0x0425: 'et_EE', 0x0426: 'lv_LV', 0x0427: 'lt_LT',
    0x042a: 'vi_VN', 0x0439: 'hi_IN', 0x0804: 'zh_CN', 0x0807: 'de_CH', 0x0809: 'en_GB',
    0x080a: 'es_MX', 0x080c: 'fr_BE', 0x0810: 'it_CH', 0x0813: 'nl_BE', 0x0816: 'pt_PT',
    0x0c04: 'zh_HK', 0x0c07: 'de_AT', 0x0c09: 'en_AU', 0x0c0a: 'es_ES', 0x0c0c: 'fr_CA',
    0x1004: 'zh_SG', 0x1009: 'en_CA', 0x100c: 'fr_CH', 0x1409: 'en_NZ', 0x1809: 'en_IE',
    0x1c09: 'en_ZA', 0x4009: 'en_IN',
}
