print('single', "double", '''triple single''', """triple double""")
print('it\'s', "say \"hi\"", 'mixed "quotes"', "mixed 'quotes'")
print("tab\tnew\\nline")
print(repr("a\nb\tc\rd\0e\x07f\\g"))
print("\x41\x42\u00e9\u20ac\U0001F600\N{GREEK SMALL LETTER ALPHA}")
print("\101\102\060\7".encode())
print(len("\u20ac"), len("\U0001F600"), ord("\N{EURO SIGN}"))
print(r"raw \n \t \\ \x41", R"RAW\d")
print(b"bytes \x00\xff", rb"raw\n", Rb"\d", BR"x")
print("implicit " "concatenation " 'works')
print("""line1
line2\
 continued""")
print("a" "b" == "ab", "ab" * 3, "x" + "y")
print(repr("\'"), repr('"'), repr("'\""), repr('\\'))
print("backslash kept: \\q")
print(u"unicode prefix", U"U")
print(repr("\a\b\f\v"))
print("é".encode("utf-8"), "日本".encode("utf-8"))
print(repr("\x00\x1f\x7f\x80\xa0\xad"))
print(repr("日本語"), ascii("日本語"), ascii("é\x00"))
s = "multi\
line"
print(s)
print(len("""
"""), repr("""a
b"""))
print('\N{LATIN SMALL LETTER E WITH ACUTE}' == "\xe9")
