"""html - escape and unescape HTML text.

Implements: escape(s, quote=True) and unescape(s), with the HTML5 rules for
numeric character references (invalid code points, Windows-1252 remapping of
0x80-0x9F, surrogates and out-of-range values become U+FFFD) and for named
references without the trailing ';' (longest known prefix wins).
The html.parser submodule (HTMLParser) lives beside it.
Leaves out: the html.entities submodule; the entity table
holds the Latin-1 entities, the ASCII ones, and a selection of common others
(typographic punctuation, arrows, Greek letters, maths) rather than all 2231.
"""

import re as _re

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """Replace &, < and > (and " and ' when quote is true) by HTML-safe sequences."""
    s = s.replace('&', '&amp;')
    s = s.replace('<', '&lt;')
    s = s.replace('>', '&gt;')
    if quote:
        s = s.replace('"', '&quot;')
        s = s.replace('\'', '&#x27;')
    return s


# Entities from HTML 4 / Latin-1 which HTML5 also accepts without the ';'.
_LATIN1 = ('nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo '
           'not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil '
           'sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc '
           'Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute '
           'Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash '
           'Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde '
           'auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc '
           'iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave '
           'uacute ucirc uuml yacute thorn yuml').split()

_html5 = {}
for _i, _n in enumerate(_LATIN1):
    _html5[_n] = _html5[_n + ';'] = chr(0xA0 + _i)
for _n, _c in (('amp', '&'), ('lt', '<'), ('gt', '>'), ('quot', '"'),
               ('AMP', '&'), ('LT', '<'), ('GT', '>'), ('QUOT', '"'),
               ('COPY', '\xa9'), ('REG', '\xae')):
    _html5[_n] = _html5[_n + ';'] = _c

# Entities that need the ';'.
_SEMI = {
    'apos': "'", 'euro': '\u20ac', 'hellip': '\u2026', 'mdash': '\u2014',
    'ndash': '\u2013', 'lsquo': '\u2018', 'rsquo': '\u2019', 'sbquo': '\u201a',
    'ldquo': '\u201c', 'rdquo': '\u201d', 'bdquo': '\u201e', 'bull': '\u2022',
    'trade': '\u2122', 'TRADE': '\u2122', 'dagger': '\u2020', 'Dagger': '\u2021',
    'permil': '\u2030', 'lsaquo': '\u2039', 'rsaquo': '\u203a', 'prime': '\u2032',
    'Prime': '\u2033', 'oline': '\u203e', 'frasl': '\u2044', 'ensp': '\u2002',
    'emsp': '\u2003', 'thinsp': '\u2009', 'zwnj': '\u200c', 'zwj': '\u200d',
    'lrm': '\u200e', 'rlm': '\u200f', 'OElig': '\u0152', 'oelig': '\u0153',
    'Scaron': '\u0160', 'scaron': '\u0161', 'Yuml': '\u0178', 'fnof': '\u0192',
    'circ': '\u02c6', 'tilde': '\u02dc', 'larr': '\u2190', 'uarr': '\u2191',
    'rarr': '\u2192', 'darr': '\u2193', 'harr': '\u2194', 'crarr': '\u21b5',
    'lArr': '\u21d0', 'uArr': '\u21d1', 'rArr': '\u21d2', 'dArr': '\u21d3',
    'hArr': '\u21d4', 'forall': '\u2200', 'part': '\u2202', 'exist': '\u2203',
    'empty': '\u2205', 'nabla': '\u2207', 'isin': '\u2208', 'notin': '\u2209',
    'ni': '\u220b', 'prod': '\u220f', 'sum': '\u2211', 'minus': '\u2212',
    'lowast': '\u2217', 'radic': '\u221a', 'prop': '\u221d', 'infin': '\u221e',
    'ang': '\u2220', 'and': '\u2227', 'or': '\u2228', 'cap': '\u2229',
    'cup': '\u222a', 'int': '\u222b', 'there4': '\u2234', 'sim': '\u223c',
    'cong': '\u2245', 'asymp': '\u2248', 'ne': '\u2260', 'equiv': '\u2261',
    'le': '\u2264', 'ge': '\u2265', 'sub': '\u2282', 'sup': '\u2283',
    'nsub': '\u2284', 'sube': '\u2286', 'supe': '\u2287', 'oplus': '\u2295',
    'otimes': '\u2297', 'perp': '\u22a5', 'sdot': '\u22c5', 'loz': '\u25ca',
    'spades': '\u2660', 'clubs': '\u2663', 'hearts': '\u2665', 'diams': '\u2666',
    'lceil': '\u2308', 'rceil': '\u2309', 'lfloor': '\u230a', 'rfloor': '\u230b',
    'weierp': '\u2118', 'image': '\u2111', 'real': '\u211c', 'alefsym': '\u2135',
    'tab': '\t', 'Tab': '\t', 'NewLine': '\n', 'excl': '!', 'num': '#',
    'dollar': '$', 'percnt': '%', 'lpar': '(', 'rpar': ')', 'ast': '*',
    'plus': '+', 'comma': ',', 'period': '.', 'sol': '/', 'colon': ':',
    'semi': ';', 'equals': '=', 'quest': '?', 'commat': '@', 'lsqb': '[',
    'bsol': '\\', 'rsqb': ']', 'lowbar': '_', 'grave': '`', 'lcub': '{',
    'verbar': '|', 'vert': '|', 'rcub': '}', 'check': '\u2713', 'star': '\u2606',
}
_GREEK = ('Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu '
          'Nu Xi Omicron Pi Rho - Sigma Tau Upsilon Phi Chi Psi Omega').split()
for _i, _n in enumerate(_GREEK):
    if _n != '-':
        _SEMI[_n] = chr(0x391 + _i)
        _SEMI[_n.lower()] = chr(0x3b1 + _i)
_SEMI['sigmaf'] = '\u03c2'
_SEMI['thetasym'] = '\u03d1'
_SEMI['upsih'] = '\u03d2'
_SEMI['piv'] = '\u03d6'
for _n, _c in _SEMI.items():
    _html5[_n + ';'] = _c
del _i, _n, _c

# Numeric references the HTML5 spec replaces (mostly the Windows-1252 range).
_invalid_charrefs = {
    0x00: '\ufffd', 0x0d: '\r', 0x80: '\u20ac', 0x81: '\x81', 0x82: '\u201a',
    0x83: '\u0192', 0x84: '\u201e', 0x85: '\u2026', 0x86: '\u2020',
    0x87: '\u2021', 0x88: '\u02c6', 0x89: '\u2030', 0x8a: '\u0160',
    0x8b: '\u2039', 0x8c: '\u0152', 0x8d: '\x8d', 0x8e: '\u017d', 0x8f: '\x8f',
    0x90: '\x90', 0x91: '\u2018', 0x92: '\u2019', 0x93: '\u201c',
    0x94: '\u201d', 0x95: '\u2022', 0x96: '\u2013', 0x97: '\u2014',
    0x98: '\u02dc', 0x99: '\u2122', 0x9a: '\u0161', 0x9b: '\u203a',
    0x9c: '\u0153', 0x9d: '\x9d', 0x9e: '\u017e', 0x9f: '\u0178',
}

# Code points that are dropped (control characters and noncharacters).
_invalid_codepoints = set(range(0x1, 0x9)) | set(range(0xe, 0x20)) | \
    set(range(0x7f, 0xa0)) | set(range(0xfdd0, 0xfdf0)) | {0xb}
for _p in range(0x11):
    _invalid_codepoints.add(_p * 0x10000 + 0xfffe)
    _invalid_codepoints.add(_p * 0x10000 + 0xffff)
del _p


def _replace_charref(m):
    s = m.group(1)
    if s[0] == '#':
        if s[1] in 'xX':
            num = int(s[2:].rstrip(';'), 16)
        else:
            num = int(s[1:].rstrip(';'))
        if num in _invalid_charrefs:
            return _invalid_charrefs[num]
        if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
            return '\uFFFD'
        if num in _invalid_codepoints:
            return ''
        return chr(num)
    if s in _html5:
        return _html5[s]
    # Longest prefix that is an entity accepted without ';'.
    for x in range(len(s) - 1, 1, -1):
        if s[:x] in _html5:
            return _html5[s[:x]] + s[x:]
    return '&' + s


_charref = _re.compile(r'&(#[0-9]+;?'
                       r'|#[xX][0-9a-fA-F]+;?'
                       r'|[^\t\n\f <&#;]{1,32};?)')


def unescape(s):
    """Replace named and numeric character references in s by the characters."""
    if '&' not in s:
        return s
    return _charref.sub(_replace_charref, s)
