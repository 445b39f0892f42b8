import gettext
import builtins
import io
import os
import shutil
import struct
import tempfile
import warnings


def make_mo(entries, big_endian=False, version=0):
    """entries: list of (msgid bytes, msgstr bytes), sorted by msgid."""
    entries = sorted(entries)
    n = len(entries)
    order = ">" if big_endian else "<"
    orig_at = 28
    trans_at = orig_at + 8 * n
    data_at = trans_at + 8 * n
    data = b""
    otab = []
    ttab = []
    for k, _ in entries:
        otab.append((len(k), data_at + len(data)))
        data += k + b"\0"
    for _, v in entries:
        ttab.append((len(v), data_at + len(data)))
        data += v + b"\0"
    magic = 0xde120495 if big_endian else 0x950412de
    out = struct.pack(order + "7I", 0x950412de if not big_endian else 0x950412de, version << 16, n,
                      orig_at, trans_at, 0, 0)
    out = struct.pack(order + "I", 0x950412de) + out[4:]
    for ln, off in otab:
        out += struct.pack(order + "II", ln, off)
    for ln, off in ttab:
        out += struct.pack(order + "II", ln, off)
    return out + data


HEADER = (b"Project-Id-Version: demo 1.0\nContent-Type: text/plain; charset=UTF-8\n"
          b"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && "
          b"n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\nX-Long: first\n second\n")
ENTRIES = [
    (b"", HEADER),
    (b"Hello", "Zdravo \u00e9".encode()),
    (b"file\0files", b"fajl\0fajla\0fajlova"),
    (b"menu\x04Open", b"Otvori"),
    (b"menu\x04item\0items", b"stavka\0stavke\0stavki"),
]

print(gettext.NullTranslations().gettext("x"), gettext.NullTranslations().ngettext("a", "b", 2))
nt = gettext.NullTranslations()
print(nt.info(), nt.charset(), nt.pgettext("c", "m"), nt.npgettext("c", "a", "b", 1))

t = gettext.GNUTranslations(io.BytesIO(make_mo(ENTRIES)))
print(t.gettext("Hello"), t.gettext("Missing"), t.charset())
print(sorted(t.info().items()))
for n in [0, 1, 2, 3, 5, 11, 21, 22, 25, 101, 111]:
    print(n, t.ngettext("file", "files", n), t.npgettext("menu", "item", "items", n),
          t.plural(n))
print(t.pgettext("menu", "Open"), t.pgettext("other", "Open"), t.gettext("file"),
      t.ngettext("x", "xs", 1), t.ngettext("x", "xs", 4), t.npgettext("m", "x", "xs", 3))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(t.plural(2.0), [str(x.message) for x in w])
try:
    t.plural("2")
except TypeError as e:
    print("TypeError", e)

be = gettext.GNUTranslations(io.BytesIO(make_mo([(b"a", b"b")], big_endian=True)))
print(be.gettext("a"))
for bad in [b"\x00" * 28, make_mo([(b"a", b"b")], version=5)]:
    try:
        gettext.GNUTranslations(io.BytesIO(bad))
    except OSError as e:
        print("OSError", e.args)

fb = gettext.NullTranslations()
t2 = gettext.GNUTranslations(io.BytesIO(make_mo([(b"only", b"samo")])))
t2.add_fallback(t)
print(t2.gettext("only"), t2.gettext("Hello"), t2.gettext("zzz"), t2.ngettext("file", "files", 3))

for expr in ["n != 1", "n>1", "n==1 ? 0 : n==2 ? 1 : 2", "n%10==1 && n%100!=11 ? 0 : 1",
             "(n)", "0", "!n", "n/2", "n && 3", "n || 5", "n%3", "n-1"]:
    f = gettext.c2py(expr)
    print(expr, [f(i) for i in range(6)])
for expr in ["n +", "n ) 1", "(n", "n $ 1", "foo", "n ? 1", "1 2"]:
    try:
        gettext.c2py(expr)
    except ValueError as e:
        print("ValueError", e)

tmp = tempfile.mkdtemp(prefix="glass_gettext_")
try:
    for lang in ["sr", "de_DE"]:
        d = os.path.join(tmp, lang, "LC_MESSAGES")
        os.makedirs(d)
        with open(os.path.join(d, "demo.mo"), "wb") as f:
            f.write(make_mo(ENTRIES if lang == "sr" else [(b"Hello", b"Hallo"), (b"Bye", b"Tschuess")]))
    rel = lambda p: None if p is None else os.path.relpath(p, tmp)
    print(rel(gettext.find("demo", tmp, ["sr"])), rel(gettext.find("demo", tmp, ["fr"])))
    print([rel(p) for p in gettext.find("demo", tmp, ["de_DE.UTF-8", "sr"], all=True)])
    print(gettext.find("demo", tmp, ["fr"], all=True), gettext.find("nothing", tmp, ["sr"]))
    tr = gettext.translation("demo", tmp, ["de", "sr"])
    print(type(tr).__name__, tr.gettext("Hello"))
    tr = gettext.translation("demo", tmp, ["de_DE", "sr"])
    print(tr.gettext("Hello"), tr.gettext("Bye"), tr.ngettext("file", "files", 5))
    print(type(gettext.translation("demo", tmp, ["fr"], fallback=True)).__name__)
    try:
        gettext.translation("demo", tmp, ["fr"])
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, e.strerror, e.filename)
    os.environ["LANGUAGE"] = "sr:de"
    print(rel(gettext.find("demo", tmp)))
    print(gettext.textdomain(), gettext.gettext("Hello"), gettext.ngettext("a", "b", 2))
    print(gettext.bindtextdomain("demo", tmp) == tmp, gettext.textdomain("demo"))
    print(gettext.gettext("Hello"), gettext.ngettext("file", "files", 2),
          gettext.pgettext("menu", "Open"), gettext.npgettext("menu", "item", "items", 1))
    print(gettext.dgettext("nodomain", "Hello"), gettext.dngettext("nodomain", "a", "b", 1),
          gettext.dpgettext("nodomain", "c", "m"), gettext.dnpgettext("nodomain", "c", "a", "b", 7))
    gettext.install("demo", tmp, names=["ngettext", "bogus"])
    print(_("Hello"), builtins.ngettext("file", "files", 1), hasattr(builtins, "bogus"))
    gettext.install("none-such", tmp)
    print(_("Hello"))
    del builtins._, builtins.ngettext
    gettext.textdomain("messages")
    del os.environ["LANGUAGE"]
finally:
    shutil.rmtree(tmp)
print(gettext.Catalog is gettext.translation, sorted(gettext.__all__))
print(gettext.GNUTranslations.CONTEXT.encode(), gettext.GNUTranslations.VERSIONS)
print(t.pgettext("menu", "item"))
