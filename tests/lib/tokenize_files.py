# tokenize: whole files (this test and lib/keyword.py), tokenize.open, the regexes.
import collections
import os
import re
import tokenize

here = os.path.dirname(os.path.abspath(__file__))
for path in (__file__, os.path.join(here, '..', '..', 'lib', 'keyword.py')):
    with tokenize.open(path) as f:
        print(type(f).__name__, f.encoding, f.mode)
        text = f.read()
    with open(path, 'rb') as f:
        toks = list(tokenize.tokenize(f.readline))
    counts = collections.Counter(tokenize.tok_name[t.type] for t in toks)
    print(len(toks), sorted(counts.items()))
    for t in toks[:12] + toks[-4:]:
        print('  %-10s %-22r %s %s' % (tokenize.tok_name[t.exact_type], t.string, t.start, t.end))
    print(tokenize.untokenize(toks).decode() == text)

for name in ('Number', 'Name', 'String', 'Comment', 'Whitespace', 'Triple'):
    rx = re.compile(getattr(tokenize, name))
    print(name, [m.group() if m else None for m in
                 (rx.match(s) for s in ('0x1f', '1_0.5e3j', "rb'q'", '# c\n', ' \t x',
                                        "f'''a'''", 'abc1'))])
print(re.compile(tokenize.PseudoToken).match('   ** 2').span(1))
print(sorted(tokenize.single_quoted) == sorted(set(tokenize.single_quoted)),
      len(tokenize.single_quoted), len(tokenize.triple_quoted), len(tokenize.endpats))
print("'" in tokenize.single_quoted, 'Rb"""' in tokenize.triple_quoted, 'ub"' in tokenize.single_quoted)
print(tokenize.tabsize, callable(tokenize.group), tokenize.group('a', 'b'),
      tokenize.maybe('x'), tokenize.any('y'))
