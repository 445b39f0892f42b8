# difflib: SequenceMatcher, unified/context diffs, ndiff, close matches
import difflib

base = ["line %d: the quick brown fox\n" % i for i in range(30)]
ins = base[:5] + ["an inserted line\n"] + base[5:20] + ["another one\n", "and more\n"] + base[20:]
dele = base[:3] + base[6:25] + base[27:]
repl = list(base)
repl[2] = "line 2: the quick brown cat\n"
repl[10] = "totally different text here\n"
repl[11] = "\tline 11:  the quick  brown fox\n"
repl[20:22] = ["line 20: the quack brown fox!\n"]
junk = ["a\n", "\n", "# \n", "b\n", "c\n"]
junk2 = ["a\n", "b\n", "  \n", "c\n", "#\n", "d\n"]

pairs = [("identical", base, list(base)), ("insert", base, ins), ("delete", base, dele),
         ("replace", base, repl), ("junk", junk, junk2), ("empty", [], ["x\n"]),
         ("mixed", ins, repl)]

for name, a, b in pairs:
    print("==", name)
    sm = difflib.SequenceMatcher(None, a, b)
    print(sm.get_opcodes())
    print(sm.get_matching_blocks())
    print(round(sm.ratio(), 6), round(sm.quick_ratio(), 6), round(sm.real_quick_ratio(), 6))
    print(list(sm.get_grouped_opcodes(2)))
    print(list(difflib.unified_diff(a, b, "a.txt", "b.txt")))
    print(list(difflib.unified_diff(a, b, "a", "b", "2020-01-01", "2020-01-02", n=1)))
    print(list(difflib.context_diff(a, b, "a.txt", "b.txt")))
    d = list(difflib.ndiff(a, b))
    print(d)
    print(list(difflib.restore(d, 1)) == a, list(difflib.restore(d, 2)) == b)
    print(list(difflib.ndiff(a, b, linejunk=difflib.IS_LINE_JUNK)))

# strings
for x, y in [("abcd", "bcde"), ("private Thread currentThread;", "private volatile Thread currentThread;"),
             (" abcd", "abcd abcd"), ("qabxcd", "abycdf"), ("", ""), ("abc", "")]:
    s = difflib.SequenceMatcher(None, x, y)
    print(s.find_longest_match(), s.get_opcodes(), s.ratio())
s = difflib.SequenceMatcher(lambda c: c == " ", " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9), s.get_matching_blocks())

# autojunk: popular elements in a long b
b = "ab" * 150 + "xyz"
a = "xyz" + "ab" * 3
s = difflib.SequenceMatcher(None, a, b)
print(sorted(s.bpopular), s.get_opcodes())
s = difflib.SequenceMatcher(None, a, b, autojunk=False)
print(s.get_opcodes())

print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
import keyword
print(difflib.get_close_matches("wheel", keyword.kwlist))
print(difflib.get_close_matches("apple", keyword.kwlist))
print(difflib.get_close_matches("accept", keyword.kwlist + ["except", "accent"], n=2, cutoff=0.3))

text1 = '''  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
'''.splitlines(keepends=True)
text2 = '''  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
'''.splitlines(keepends=True)
for line in difflib.Differ().compare(text1, text2):
    print(repr(line))
for line in difflib.ndiff(["one\n", "two\n", "three\n"], ["ore\n", "tree\n", "emu\n"]):
    print(repr(line))
for line in difflib.ndiff(["\tabc def\n", "x\n"], ["\tabX deg\n", "y\n", "x\n"]):
    print(repr(line))
print(difflib.IS_LINE_JUNK("\n"), difflib.IS_LINE_JUNK("  #   \n"), difflib.IS_LINE_JUNK("hello\n"))
print(difflib.IS_CHARACTER_JUNK(" "), difflib.IS_CHARACTER_JUNK("\t"), difflib.IS_CHARACTER_JUNK("x"))
