import re
pats = [r"(?x: a b # c\n)", r"(?x:[ ]a)", r"(?x)[ ]a", r"(?x)a\ b", r"(?x:a#x\n b)c", r"(?i)[\x41-\x43]+", r"(?i)[^\x41]", r"[\w-]+", r"[\w\-.]+", r"[.-\w]",
        r"[\x5d]", r"[\u005d-\u005f]+", r"[\U0001F600-\U0001F64F]", r"[^\s\S]", r"[\d\D]", r"[\0-\x20]+", r"[\08]", r"[\018]", r"[\7]", r"[\77]", r"[\777]",
        r"[\a\f\v]", r"[\e]", r"[\c]", r"[\g]", r"[\-]", r"[-\]]", r"[\]-]", r"[a-a]", r"[b-a]", r"[\n-\r]+", r"[^-]", r"[--]", r"[\\-a]",
        r"(?<!\B)a", r"\B\b", r"^\B", r"\B$", r"(?m)^\B$", r"(?=\B)", r"a(?<=\B)", r"[^\D5]+", r"(?a)[\w]+", r"(?a)[\S]+", r"(?a)[^\s]+"]
subj = "a b#c\n]^_-\\ \x00\x07\x0c\x0b\x08\x1bé5ABCabc\U0001F600.- !\r\n\t xyz"
for p in pats:
    try:
        print(repr(p), re.findall(p, subj), re.findall(p, ""))
    except re.error as e:
        print(repr(p), "error", e)
for p in [rb"[\s]+", rb"[\S]+", rb"\s+", rb"[\x80-\xff]+", rb"[\w]+", rb"(?i)[\xe9]", rb"[a\-z]"]:
    print(repr(p), re.findall(p, b"a \x1c\x85\xe9\xc9 -z\t"))
pats = ["(?x: a b # c\n)d e", "(?x:a#x\n b)c", "(?x)a (?-x: b c) d", "(?x)a (?-x: b (?x: c d) e) f", "(?x:a (b c) d) e", "(?x: a | b )| c", "(?x:[ #]) #x", "a(?x: \\  )b", "(?x:(?P<n> a ) (?P=n))x"]
subj = "ab c d e abd e a b c d e f a b c  d e f abcd e  cab#a a ax"
for p in pats:
    try:
        print(repr(p), re.findall(p, subj))
    except re.error as e:
        print(repr(p), "error", e)
print(re.findall(r"[\\-a]+", "\\]^_`a-b"), re.findall(r"\\", "a\\b"), re.sub(r"(\\)", r"[\1]", "a\\b"))
