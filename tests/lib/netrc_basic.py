import netrc
import os
import tempfile

fd, path = tempfile.mkstemp(prefix="glass_netrc_")
os.close(fd)


def parse(text):
    with open(path, "w") as f:
        f.write(text)
    try:
        n = netrc.netrc(path)
    except netrc.NetrcParseError as e:
        print("NetrcParseError", e.msg, e.lineno, str(e).replace(path, "FILE"),
              e.filename == path)
        return None
    return n


try:
    n = parse("""machine host1.example.com login alice password s3cret
# a comment line
machine host2 login bob account acct password "pass word" # trailing
machine "quoted host" user carol password p\\"q
default login anonymous password me@example.com

macdef init
cd /pub
binary

machine after login z password y
""")
    print(sorted(n.hosts.items()))
    print(n.macros)
    print(n.authenticators("host1.example.com"), n.authenticators("nowhere"),
          n.authenticators("quoted host"))
    print(repr(n))
    n = parse("machine a login x\nmachine b password p\n")
    print(n.hosts, n.authenticators("c"))
    n = parse("")
    print(n.hosts, n.macros)
    parse("machine a login x bogus y\n")
    parse("\n\nfoo bar\n")
    parse("machine")
    parse("macdef m\nline\n")
    n = parse("#comment machine x\nmachine h login l password p #c\n")
    print(n.hosts)
    print(str(netrc.NetrcParseError("m")), netrc.NetrcParseError("m", "f", 3).args)
    print(sorted(netrc.__all__))
finally:
    os.unlink(path)
