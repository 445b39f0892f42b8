# textwrap.TextWrapper: attributes, reuse, subclass hooks, long words and tabs.
import textwrap

w = textwrap.TextWrapper(width=20, initial_indent='- ', subsequent_indent='  ')
text = "Lists of items\twith tabs and   several    spaces inside them, wrapped twice."
print(w.wrap(text))
w.expand_tabs = False
print(w.wrap(text))
w.tabsize = 2
w.expand_tabs = True
w.replace_whitespace = False
print(w.wrap("a\tb\tc d\ne f"))
long = "short " + "x" * 45 + " end"
print(textwrap.wrap(long, 20))
print(textwrap.wrap(long, 20, break_long_words=False))
print(textwrap.wrap("aaaa-bbbb-cccc-dddd-eeee-ffff", 12))
print(textwrap.wrap("aaaa-bbbb-cccc-dddd-eeee-ffff", 12, break_on_hyphens=False))
print(textwrap.wrap("--leading-dashes and trailing-- --both--", 9))
print(textwrap.wrap("It's a well-known fact. Mr. Smith came!  Ok?  Sure.", 16,
                    fix_sentence_endings=True))
print(textwrap.wrap("  indented text keeps leading space", 12))
print(textwrap.wrap("  indented text", 12, drop_whitespace=False))
print(textwrap.wrap("one two three four five six seven", 10, max_lines=2,
                    placeholder=' ...'))
print(textwrap.wrap("one two three four five six seven", 14, max_lines=3))
print(textwrap.fill("x " * 10, 7, max_lines=2, placeholder='+'))

class Upper(textwrap.TextWrapper):
    def _split(self, text):
        return [c.upper() for c in super()._split(text)]

print(Upper(width=9).wrap("split hook is used here"))
print(textwrap.TextWrapper().width, repr(textwrap.TextWrapper().placeholder))
