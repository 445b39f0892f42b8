"""Crash fuzzer: mutates the test programs (drop/duplicate lines, insert tokens) and runs
each under a Glass binary; reports any run that dies on a signal, aborts or trips a
sanitizer (a Python exception is fine: bad input must end in one).

    python3 tools/fuzz_programs.py COUNT [SEED] [BINARY]    (default build/glass)
Crashing inputs are kept as /tmp/fuzz_crash_N.py.
"""
import random, subprocess, sys, glob, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
random.seed(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
n = int(sys.argv[1])
files = sorted(glob.glob(os.path.join(ROOT, 'tests', '*', '*.py')))
toks = ["(", ")", "[", "]", "{", "}", ":", "lambda", "yield", "await", "not ", "-", "**", "*", ",", "=", ":=", "if", "else",
        "for x in", "async", "def f(", "class C:", "\n    ", "\n", "'", '"""', "f'{", "}", "\\", "match x:\n case ", "@", "del ", "return",
        "global x", "nonlocal x", "import ", "from . import", "try:", "except*", "finally:", "with", "as", "0x", "1e", "1_", "#", "\t", "\x00", "é", "(" * 50, "-" * 300, "lambda:" * 100]
crashes = 0
for i in range(n):
    src = open(random.choice(files), encoding='utf-8', errors='replace').read()
    lines = src.split('\n')
    for _ in range(random.randint(1, 4)):
        op = random.random()
        if op < 0.3 and lines:
            a = random.randrange(len(lines)); b = min(len(lines), a + random.randint(1, 5)); del lines[a:b]
        elif op < 0.5 and lines:
            a = random.randrange(len(lines)); lines[a:a] = lines[a:a + random.randint(1, 5)]
        else:
            a = random.randrange(len(lines) or 1)
            line = lines[a] if lines else ''
            p = random.randint(0, len(line))
            line = line[:p] + random.choice(toks) + line[p:]
            if lines: lines[a] = line
            else: lines = [line]
    prog = '\n'.join(lines)
    path = '/tmp/fuzz_prog.py'
    with open(path, 'w', encoding='utf-8', errors='replace') as f:
        f.write(prog)
    try:
        r = subprocess.run([sys.argv[3] if len(sys.argv) > 3 else os.path.join(ROOT, 'build', 'glass'), path], stdin=subprocess.DEVNULL,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=10, cwd='/tmp')
        rc = r.returncode
        if rc < 0 or rc >= 128 or b'Fatal' in r.stderr or b'AddressSanitizer' in r.stderr or b'runtime error' in r.stderr:
            crashes += 1
            os.rename(path, '/tmp/fuzz_crash_%d.py' % i)
            print('CRASH', i, rc, r.stderr[-300:])
    except subprocess.TimeoutExpired:
        pass
print('done', n, 'crashes', crashes)
