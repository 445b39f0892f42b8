samples = ["abc", "ABC", "abc123", "123", "١٢٣", "½", "²", " \t\n", "", "a b", "héllo", "_x1", "1x", "class", "Ⅻ", "x\u0301"]
for s in samples:
    print(repr(s), s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(),
          s.isspace(), s.isidentifier(), s.isprintable(), s.isascii())
print("\x00".isprintable(), "\n".isprintable(), "é".isascii(), "~".isascii())
print("a".isidentifier(), "1a".isidentifier(), "a-b".isidentifier(), "λ".isidentifier())
print("Abc Def".istitle(), "ABC DEF".istitle(), "\u2028".isspace(), "\x1c".isspace())
print("".isalpha(), "".isdigit(), "".isspace(), "".isalnum(), "".isidentifier())
print("_".isidentifier(), "__init__".isidentifier(), "None".isidentifier(), "a b".isidentifier())
print("3.14".isdigit(), "-1".isdigit(), "1_000".isdigit(), "0x1f".isalnum())
print("٣".isdecimal(), "三".isnumeric(), "三".isdigit(), "Ⅷ".isalpha())
for c in "aZ9_ \t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0":
    print(repr(c), c.isspace(), c.isalnum(), c.isprintable())
def kind(s):
    if s.isdigit():
        return "number"
    if s.isidentifier():
        return "name"
    if s.isspace():
        return "blank"
    return "other"
print([kind(t) for t in ["42", "x1", " ", "+", "é"]])
