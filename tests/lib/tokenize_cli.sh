#!/usr/bin/env bash
# `-m tokenize`: token listing of a file or stdin, -e (exact types), the errors.
PY=${1:-python3.11}
d=$(mktemp -d /tmp/glass_test_tok.XXXXXX)
cd "$d" || exit 1
printf 'def f(a):\n    return a**2 # sq\nx = f"{1}" + .5j\n' > ok.py
printf 'x = (1,\n' > open.py
printf 'if x:\n    a\n  b\n' > dedent.py
printf 's = """abc\n' > str.py
printf '# coding: bogus\n' > enc.py
"$PY" -m tokenize ok.py
"$PY" -m tokenize -e ok.py
"$PY" -m tokenize --exact ok.py | tail -n 3
printf 'a = [1,\n 2]\n' | "$PY" -m tokenize
printf 'a = [1,\n 2]\n' | "$PY" -m tokenize -e
for f in open.py dedent.py str.py enc.py missing.py; do
    "$PY" -m tokenize "$f" 2>&1 | tail -n 2
    echo "status ${PIPESTATUS[0]}"
done
cd /tmp && rm -rf "$d"
