"""gettext - message catalogs for internationalized programs.

NullTranslations (no catalog: every message is returned unchanged), GNUTranslations
(reads GNU .mo files, both byte orders, with plural forms and contexts), find(),
translation(), install() and the module-level API over a current domain (textdomain,
bindtextdomain, gettext, ngettext, pgettext, npgettext and their d* variants).
Glass's own implementation of CPython 3.11's gettext.
"""

import os
import re
import sys

__all__ = ["NullTranslations", "GNUTranslations", "Catalog", "bindtextdomain", "find",
           "translation", "install", "textdomain", "dgettext", "dngettext", "gettext",
           "ngettext", "pgettext", "dpgettext", "npgettext", "dnpgettext"]

_default_localedir = os.path.join(sys.base_prefix, "share", "locale")


# ---- plural forms: a C expression of n, as found in a catalog's Plural-Forms header ----

_token_pattern = re.compile(r"""
        (?P<WHITESPACES>[ \t]+)                    |
        (?P<NUMBER>[0-9]+\b)                       |
        (?P<NAME>n\b)                              |
        (?P<PARENTHESIS>[()])                      |
        (?P<OPERATOR>[-*/%+?:]|[><!]=?|==|&&|\|\|) |
        (?P<INVALID>\w+|.)
    """, re.VERBOSE | re.DOTALL)


def _tokenize(plural):
    for mo in re.finditer(_token_pattern, plural):
        kind = mo.lastgroup
        if kind == "WHITESPACES":
            continue
        value = mo.group(kind)
        if kind == "INVALID":
            raise ValueError("invalid token in plural form: %s" % value)
        yield value
    yield ""


def _error(value):
    if value:
        return ValueError("unexpected token in plural form: %s" % value)
    return ValueError("unexpected end of plural form")


# binary operators by binding strength (higher binds tighter), and how they compute;
# && and || keep Python's and/or results, as CPython's translation to Python does
_binary_ops = {"||": 1, "&&": 2, "==": 3, "!=": 3, "<": 4, ">": 4, "<=": 4, ">=": 4,
               "+": 5, "-": 5, "*": 6, "/": 6, "%": 6}
_c2py_ops = {"||": "or", "&&": "and", "/": "//"}

_apply = {
    "||": lambda a, b: a(0) or b(0),
    "&&": lambda a, b: a(0) and b(0),
    "==": lambda a, b: a(0) == b(0),
    "!=": lambda a, b: a(0) != b(0),
    "<": lambda a, b: a(0) < b(0),
    ">": lambda a, b: a(0) > b(0),
    "<=": lambda a, b: a(0) <= b(0),
    ">=": lambda a, b: a(0) >= b(0),
    "+": lambda a, b: a(0) + b(0),
    "-": lambda a, b: a(0) - b(0),
    "*": lambda a, b: a(0) * b(0),
    "/": lambda a, b: a(0) // b(0),
    "%": lambda a, b: a(0) % b(0),
}


class _Parser:
    """Recursive descent over the tokens; builds functions of the env list [n]."""

    def __init__(self, tokens):
        self.tokens = tokens
        self.tok = next(tokens)

    def advance(self):
        self.tok = next(self.tokens)

    def primary(self):
        nots = 0
        while self.tok == "!":
            nots += 1
            self.advance()
        tok = self.tok
        if tok == "(":
            self.advance()
            node = self.expr()
            if self.tok != ")":
                raise ValueError("unbalanced parenthesis in plural form")
        elif tok == "n":
            node = _var
        else:
            try:
                value = int(tok, 10)
            except ValueError:
                raise _error(tok) from None
            node = _const(value)
        self.advance()
        for _ in range(nots):
            node = _not(node)
        return node

    def binary(self, minprec):
        left = self.primary()
        while self.tok in _binary_ops:
            prec = _binary_ops[self.tok]
            if prec < minprec:
                break
            op = self.tok
            self.advance()
            right = self.binary(prec + 1)
            left = _binop(_apply[op], left, right)
        return left

    def expr(self):
        cond = self.binary(0)
        if self.tok != "?":
            return cond
        self.advance()
        if_true = self.expr()
        if self.tok != ":":
            raise _error(self.tok)
        self.advance()
        if_false = self.expr()
        return _ternary(cond, if_true, if_false)


_env = [0]


def _var(_):
    return _env[0]


def _const(value):
    return lambda _: value


def _not(node):
    return lambda _: not node(0)


def _binop(fn, left, right):
    return lambda _: fn(left, right)


def _ternary(cond, if_true, if_false):
    return lambda _: if_true(0) if cond(0) else if_false(0)


def _as_int(n):
    try:
        round(n)
    except TypeError:
        raise TypeError("Plural value must be an integer, got %s"
                        % (n.__class__.__name__,)) from None
    import warnings
    warnings.warn("Plural value must be an integer, got %s" % (n.__class__.__name__,),
                  DeprecationWarning, 4)
    return n


def c2py(plural):
    """Turn a C plural-forms expression into a function of n returning an int."""
    if len(plural) > 1000:
        raise ValueError("plural form expression is too long")
    try:
        parser = _Parser(_tokenize(plural))
        tree = parser.expr()
        if parser.tok:
            raise _error(parser.tok)
    except RecursionError:
        raise ValueError("plural form expression is too complex")

    def func(n):
        if not isinstance(n, int):
            n = _as_int(n)
        saved = _env[0]
        _env[0] = n
        try:
            return int(tree(0))
        finally:
            _env[0] = saved
    return func


# ---- locale names ----

def _expand_lang(loc):
    import locale
    loc = locale.normalize(loc)
    modifier = codeset = territory = ""
    has_mod = has_codeset = has_terr = False
    pos = loc.find("@")
    if pos >= 0:
        modifier, loc, has_mod = loc[pos:], loc[:pos], True
    pos = loc.find(".")
    if pos >= 0:
        codeset, loc, has_codeset = loc[pos:], loc[:pos], True
    pos = loc.find("_")
    if pos >= 0:
        territory, loc, has_terr = loc[pos:], loc[:pos], True
    # every combination of the parts present, the most specific first
    result = []
    for with_mod in ((True, False) if has_mod else (False,)):
        for with_terr in ((True, False) if has_terr else (False,)):
            for with_codeset in ((True, False) if has_codeset else (False,)):
                result.append(loc + (territory if with_terr else "")
                              + (codeset if with_codeset else "")
                              + (modifier if with_mod else ""))
    return result


# ---- translation classes ----

class NullTranslations:
    """Translations with no catalog: messages come back unchanged, unless a
    fallback (add_fallback) translates them."""

    def __init__(self, fp=None):
        self._info = {}
        self._charset = None
        self._fallback = None
        if fp is not None:
            self._parse(fp)

    def _parse(self, fp):
        pass

    def add_fallback(self, fallback):
        if self._fallback:
            self._fallback.add_fallback(fallback)
        else:
            self._fallback = fallback

    def gettext(self, message):
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.ngettext(msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def pgettext(self, context, message):
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.npgettext(context, msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def info(self):
        return self._info

    def charset(self):
        return self._charset

    def install(self, names=None):
        """Bind _ (and the given names among gettext, ngettext, pgettext and
        npgettext) in builtins to this object's methods."""
        import builtins
        builtins.__dict__["_"] = self.gettext
        if names is not None:
            for name in {"gettext", "ngettext", "npgettext", "pgettext"} & set(names):
                builtins.__dict__[name] = getattr(self, name)


class GNUTranslations(NullTranslations):
    """Translations read from a GNU .mo file (a binary file object)."""

    LE_MAGIC = 0x950412de
    BE_MAGIC = 0xde120495
    CONTEXT = "%s\x04%s"        # how a context and a message form one key
    VERSIONS = (0, 1)           # the major revisions understood

    def _get_versions(self, version):
        return (version >> 16, version & 0xffff)

    def _parse(self, fp):
        from struct import unpack
        filename = getattr(fp, "name", "")
        self._catalog = catalog = {}
        self.plural = lambda n: int(n != 1)
        buf = fp.read()
        buflen = len(buf)
        magic = unpack("<I", buf[:4])[0]
        if magic == self.LE_MAGIC:
            order = "<"
        elif magic == self.BE_MAGIC:
            order = ">"
        else:
            raise OSError(0, "Bad magic number", filename)
        version, count, origtab, transtab = unpack(order + "4I", buf[4:20])
        major, _minor = self._get_versions(version)
        if major not in self.VERSIONS:
            raise OSError(0, "Bad version number " + str(major), filename)
        pair = order + "II"
        for _ in range(count):
            mlen, moff = unpack(pair, buf[origtab:origtab + 8])
            tlen, toff = unpack(pair, buf[transtab:transtab + 8])
            mend = moff + mlen
            tend = toff + tlen
            if mend < buflen and tend < buflen:
                msg = buf[moff:mend]
                tmsg = buf[toff:tend]
            else:
                raise OSError(0, "File is corrupt", filename)
            if mlen == 0:
                self._parse_header(tmsg)
            charset = self._charset or "ascii"
            if b"\x00" in msg:
                singular, _plural = msg.split(b"\x00")
                singular = str(singular, charset)
                for i, form in enumerate(tmsg.split(b"\x00")):
                    catalog[(singular, i)] = str(form, charset)
            else:
                catalog[str(msg, charset)] = str(tmsg, charset)
            origtab += 8
            transtab += 8

    def _parse_header(self, tmsg):
        # "Key: value" lines of the empty message's translation; a line without a
        # colon continues the previous value
        lastk = None
        for raw in tmsg.split(b"\n"):
            item = raw.decode().strip()
            if not item:
                continue
            if item.startswith("#-#-#-#-#") and item.endswith("#-#-#-#-#"):
                continue        # marks of msgcat-merged headers
            k = v = None
            if ":" in item:
                k, v = item.split(":", 1)
                k = k.strip().lower()
                v = v.strip()
                self._info[k] = v
                lastk = k
            elif lastk:
                self._info[lastk] += "\n" + item
            if k == "content-type":
                self._charset = v.split("charset=")[1]
            elif k == "plural-forms":
                self.plural = c2py(v.split(";")[1].split("plural=")[1])

    def _lookup(self, key):
        # 3.11 looks singular messages up as such only (not as plural form 1)
        return self._catalog.get(key, _MISSING)

    def gettext(self, message):
        tmsg = self._lookup(message)
        if tmsg is not _MISSING:
            return tmsg
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        try:
            return self._catalog[(msgid1, self.plural(n))]
        except KeyError:
            if self._fallback:
                return self._fallback.ngettext(msgid1, msgid2, n)
            return msgid1 if n == 1 else msgid2

    def pgettext(self, context, message):
        tmsg = self._lookup(self.CONTEXT % (context, message))
        if tmsg is not _MISSING:
            return tmsg
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        try:
            return self._catalog[(self.CONTEXT % (context, msgid1), self.plural(n))]
        except KeyError:
            if self._fallback:
                return self._fallback.npgettext(context, msgid1, msgid2, n)
            return msgid1 if n == 1 else msgid2


_MISSING = object()


# ---- locating catalogs ----

def find(domain, localedir=None, languages=None, all=False):
    """The path of domain's .mo file for the first of languages that has one (None
    if none has), or with all=True the list of every such path."""
    if localedir is None:
        localedir = _default_localedir
    if languages is None:
        languages = []
        for envar in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
            val = os.environ.get(envar)
            if val:
                languages = val.split(":")
                break
        if "C" not in languages:
            languages.append("C")
    expanded = []
    for lang in languages:
        for name in _expand_lang(lang):
            if name not in expanded:
                expanded.append(name)
    result = [] if all else None
    for lang in expanded:
        if lang == "C":
            break
        mofile = os.path.join(localedir, lang, "LC_MESSAGES", "%s.mo" % domain)
        if os.path.exists(mofile):
            if not all:
                return mofile
            result.append(mofile)
    return result


_translations = {}      # (class, absolute .mo path) -> its parsed translations


def translation(domain, localedir=None, languages=None, class_=None, fallback=False):
    """The translations of domain (class_, GNUTranslations by default, chained with
    add_fallback over every catalog found). With no catalog: NullTranslations if
    fallback is true, else FileNotFoundError."""
    if class_ is None:
        class_ = GNUTranslations
    mofiles = find(domain, localedir, languages, all=True)
    if not mofiles:
        if fallback:
            return NullTranslations()
        from errno import ENOENT
        raise FileNotFoundError(ENOENT, "No translation file found for domain", domain)
    import copy
    result = None
    for mofile in mofiles:
        key = (class_, os.path.abspath(mofile))
        t = _translations.get(key)
        if t is None:
            with open(mofile, "rb") as fp:
                t = _translations.setdefault(key, class_(fp))
        t = copy.copy(t)
        if result is None:
            result = t
        else:
            result.add_fallback(t)
    return result


def install(domain, localedir=None, *, names=None):
    """translation(domain, localedir, fallback=True).install(names)."""
    translation(domain, localedir, fallback=True).install(names)


# ---- the module-level API, over the current domain ----

_localedirs = {}
_current_domain = "messages"


def textdomain(domain=None):
    """Set the current domain (when given); return it."""
    global _current_domain
    if domain is not None:
        _current_domain = domain
    return _current_domain


def bindtextdomain(domain, localedir=None):
    """Set domain's catalog folder (when given); return it."""
    if localedir is not None:
        _localedirs[domain] = localedir
    return _localedirs.get(domain, _default_localedir)


def dgettext(domain, message):
    try:
        t = translation(domain, _localedirs.get(domain, None))
    except OSError:
        return message
    return t.gettext(message)


def dngettext(domain, msgid1, msgid2, n):
    try:
        t = translation(domain, _localedirs.get(domain, None))
    except OSError:
        return msgid1 if n == 1 else msgid2
    return t.ngettext(msgid1, msgid2, n)


def dpgettext(domain, context, message):
    try:
        t = translation(domain, _localedirs.get(domain, None))
    except OSError:
        return message
    return t.pgettext(context, message)


def dnpgettext(domain, context, msgid1, msgid2, n):
    try:
        t = translation(domain, _localedirs.get(domain, None))
    except OSError:
        return msgid1 if n == 1 else msgid2
    return t.npgettext(context, msgid1, msgid2, n)


def gettext(message):
    return dgettext(_current_domain, message)


def ngettext(msgid1, msgid2, n):
    return dngettext(_current_domain, msgid1, msgid2, n)


def pgettext(context, message):
    return dpgettext(_current_domain, context, message)


def npgettext(context, msgid1, msgid2, n):
    return dnpgettext(_current_domain, context, msgid1, msgid2, n)


Catalog = translation
