import re
print([hex(c) for c in range(0x3100) if re.match(r"\s", chr(c))])
print([hex(c) for c in range(0x3100) if not re.match(r"[\S]", chr(c))])
print([hex(c) for c in range(0x3100) if not re.match(r"\S", chr(c))])
print([hex(c) for c in range(0x3100) if  re.match(r"[\s]", chr(c))])
print(re.match(r"[\S]", "\U0010ffff"), re.match(r"[^\S]", "\U0010ffff"), re.match(r"[^\S]", " "))
print(re.findall(r"\s+", "a \x1c\u180e\u3000b\t"), re.findall(r"(?i)[\S]+", "AB c"), re.findall(r"[\s\d]+", "a 1 b"))
print(re.findall(rb"\s+", b"a \x1c\x85b\t"), re.findall(r"(?a)\s+", "a \x1c\x85b\t"))
for p in ["(?a)\\w+", "(?a)\\s", "(?au)x", "(?u)\\w+"]:
    try: c = re.compile(p); print(p, c.flags, c.findall("é a\x1c"))
    except Exception as e: print(p, type(e).__name__, e)
try: print(re.compile("(?a)x", re.U))
except Exception as e: print(type(e).__name__, e)
