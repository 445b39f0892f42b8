# keyword: the keyword lists and the predicates.
import keyword

print(keyword.kwlist)
print(len(keyword.kwlist), keyword.kwlist == sorted(keyword.kwlist))
print(keyword.softkwlist)
print(sorted(keyword.__all__))
for name in ['if', 'None', 'none', 'async', 'await', 'match', 'case', '_',
             'print', 'type', '', 'yield', 'nonlocal', 'exec']:
    print(repr(name), keyword.iskeyword(name), keyword.issoftkeyword(name))
print(keyword.iskeyword(3), keyword.issoftkeyword(None))
try:
    keyword.iskeyword([])
except TypeError as e:
    print(type(e).__name__, e)
# every keyword is rejected as an identifier by compile()
bad = 0
for kw in keyword.kwlist:
    try:
        compile(kw + ' = 1', '<kw>', 'exec')
    except SyntaxError:
        bad += 1
print(bad == len(keyword.kwlist))
