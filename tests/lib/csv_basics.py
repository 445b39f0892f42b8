# csv: reading tricky inputs, writing in each quoting mode, dialects, Dict*.
import csv
import io


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


def rd(lines, **kw):
    return list(csv.reader(lines, **kw))


show("plain", lambda: rd(["a,b,c", "1,2,3"]))
show("quoted", lambda: rd(['"a,b",c,"d""e"']))
show("empty", lambda: rd(["", "a,,", ",", '""']))
show("multiline list", lambda: rd(['a,"b\n', 'c",d\n', "e\n"]))
show("multiline file", lambda: rd(io.StringIO('x,"y\r\nz"\r\nq,r\r\n', newline="")))
show("crlf", lambda: rd(["a,b\r\n", "c,d\r\n"]))
show("escape", lambda: rd(['a\\,b,c\\"d'], escapechar="\\", quoting=csv.QUOTE_NONE))
show("escape quoted", lambda: rd(['"a\\"b",c'], escapechar="\\", doublequote=False))
show("skipspace", lambda: rd(['a, b,  "c"'], skipinitialspace=True))
show("noskip", lambda: rd(['a, b, "c"']))
show("nonnumeric", lambda: rd(['1,"2",3.5,"x"'], quoting=csv.QUOTE_NONNUMERIC))
show("nonnumeric bad", lambda: rd(["abc"], quoting=csv.QUOTE_NONNUMERIC))
show("tab", lambda: rd(["a\tb c"], dialect="excel-tab"))
show("semicolon", lambda: rd(["a;b;'c;d'"], delimiter=";", quotechar="'"))
show("quote none", lambda: rd(['"a",b'], quoting=csv.QUOTE_NONE))
show("after quote", lambda: rd(['"a"b,c']))
show("after quote strict", lambda: rd(['"a"b,c'], strict=True))
show("eod", lambda: rd(['"abc']))
show("eod strict", lambda: rd(['"abc'], strict=True))
show("newline in unquoted", lambda: rd(["a\nb,c"]))
show("bytes", lambda: rd([b"a,b"]))

r = csv.reader(['a,"b', 'c"', "d", "", "e"])
for row in r:
    print(r.line_num, row)
d = r.dialect
print(d.delimiter, repr(d.quotechar), d.escapechar, d.doublequote,
      d.skipinitialspace, repr(d.lineterminator), d.quoting, d.strict)

show("bad delim", lambda: csv.reader([], delimiter="ab"))
show("bad delim type", lambda: csv.reader([], delimiter=1))
show("bad quotechar", lambda: csv.reader([], quotechar="ab"))
show("no quotechar", lambda: csv.reader([], quotechar=None).dialect.quoting)
show("no quotechar quoting", lambda: csv.reader([], quotechar=None, quoting=csv.QUOTE_ALL))
show("bad quoting", lambda: csv.reader([], quoting=9))
show("no lineterm", lambda: csv.writer(io.StringIO(), lineterminator=None))

for name, q in [("MINIMAL", csv.QUOTE_MINIMAL), ("ALL", csv.QUOTE_ALL),
                ("NONNUMERIC", csv.QUOTE_NONNUMERIC)]:
    buf = io.StringIO()
    w = csv.writer(buf, quoting=q)
    n = w.writerow(["a", 'b"c', "d,e", 1, 2.5, None, "", "f\r\ng"])
    print(name, n, repr(buf.getvalue()))
buf = io.StringIO()
w = csv.writer(buf, quoting=csv.QUOTE_NONE, escapechar="\\")
print("NONE", w.writerow(["a,b", 'c"d', "e\\f", 3]), repr(buf.getvalue()))
show("NONE no esc", lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"]))
show("NONE empty", lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow([""]))
buf = io.StringIO()
w = csv.writer(buf, doublequote=False, escapechar="\\")
print(w.writerow(['x"y', "z"]), repr(buf.getvalue()))
show("nodq no esc", lambda: csv.writer(io.StringIO(), doublequote=False).writerow(['x"y']))
buf = io.StringIO()
w = csv.writer(buf, dialect="unix")
print(w.writerows([["a", 1], [], [""], ["b", None]]), repr(buf.getvalue()))
show("not iterable", lambda: csv.writer(io.StringIO()).writerow(5))
# a written table reads back the same
rows = [["x", "y,z", 'q"uote', "multi\nline", ""], ["1", "", " sp ", "tab\t", "end"]]
buf = io.StringIO()
csv.writer(buf).writerows(rows)
print(rd(io.StringIO(buf.getvalue(), newline="")) == rows)

csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL)
print(sorted(csv.list_dialects()))
print(rd(["a|b|'c'"], dialect="pipes"))
buf = io.StringIO()
csv.writer(buf, "pipes").writerow(["a", 1])
print(repr(buf.getvalue()))
pd = csv.get_dialect("pipes")
print(pd.delimiter, pd.quoting)
csv.unregister_dialect("pipes")
show("get unknown", lambda: csv.get_dialect("pipes"))
show("unregister unknown", lambda: csv.unregister_dialect("pipes"))
show("name type", lambda: csv.register_dialect(1))


class Semi(csv.excel):
    delimiter = ";"


csv.register_dialect("semi", Semi)
print(rd(["a;b,c"], dialect="semi"), rd(["a;b"], dialect=Semi))
csv.unregister_dialect("semi")


class BadDialect(csv.Dialect):
    delimiter = "xx"
    quotechar = '"'
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL


show("bad dialect class", lambda: BadDialect())

old = csv.field_size_limit()
print(old, csv.field_size_limit(5))
show("too big", lambda: rd(["abcdefg"]))
csv.field_size_limit(old)

dr = csv.DictReader(["name,age", "ann,30", "", "bob", "cy,4,extra,more"], restval="?")
print(dr.fieldnames)
for row in dr:
    print(dr.line_num, row)
dr = csv.DictReader(["1,2,3"], fieldnames=["a", "b"], restkey="rest")
print(list(dr))
print(list(csv.DictReader([])), csv.DictReader([]).fieldnames)

buf = io.StringIO()
dw = csv.DictWriter(buf, fieldnames=["a", "b"], restval="-")
print(dw.writeheader())
print(dw.writerow({"a": 1}))
print(dw.writerows([{"a": 2, "b": 3}, {"b": "x,y"}]))
print(repr(buf.getvalue()))
show("extra", lambda: dw.writerow({"a": 1, "x": 2}))
dw2 = csv.DictWriter(buf, fieldnames=["a"], extrasaction="ignore")
print(dw2.writerow({"a": 1, "x": 2}))
show("bad extrasaction", lambda: csv.DictWriter(buf, ["a"], extrasaction="nope"))
print(issubclass(csv.Error, Exception), csv.QUOTE_MINIMAL, csv.QUOTE_ALL,
      csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
