# textwrap.wrap/fill: widths, hyphens, em-dashes, long words, indents, max_lines.
import textwrap

T = ("The quick brown fox jumped over the lazy dog's well-known back--and then, "
     "with a-b-c-d and e-mail x--y, ran off.  Supercalifragilisticexpialidocious "
     "words break. Done? Yes!  ok.")
for w in [5, 12, 20, 40]:
    print(w, textwrap.wrap(T, w))
    print(w, textwrap.wrap(T, w, break_on_hyphens=False))
    print(w, textwrap.wrap(T, w, break_long_words=False, drop_whitespace=False))
    print(w, textwrap.wrap(T, w, max_lines=2))
    print(w, textwrap.wrap(T, w, max_lines=3, placeholder='...',
                           initial_indent='> ', subsequent_indent='  '))
    print(w, textwrap.wrap(T, w, fix_sentence_endings=True))
S = ("a\tb\ttabs and\nnewlines\n\n  lead -- dash --x  x-- --- ---y 12-34 ab-12 "
     "ab-cd-e abc-de-f -x- 'quoted-word' \"end.\" U.S.A. e.g. ok.\" f?' foo-bar-baz")
for w in [3, 9, 25]:
    print(w, textwrap.wrap(S, w))
    print(w, textwrap.wrap(S, w, expand_tabs=False, replace_whitespace=False))
    print(w, textwrap.wrap(S, w, fix_sentence_endings=True, tabsize=4))
print(textwrap.fill(T, 25, initial_indent='* ', subsequent_indent='    '))
w = textwrap.TextWrapper(width=15, break_long_words=False)
print(w.wrap("a verylongwordhere b"), w.width, w.placeholder)
w.width = 8
print(w.fill("change the width later"))
for bad in [0, -1]:
    try:
        textwrap.wrap("abc", bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    textwrap.wrap("abc def", 4, max_lines=1, placeholder=' [.....]')
except ValueError as e:
    print(type(e).__name__, e)
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10),
      textwrap.wrap("   ", 10, drop_whitespace=False))
