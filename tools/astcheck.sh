#!/bin/sh
# astcheck.sh - compare Glass's parser with CPython 3.11 on every .py file in a folder.
#
# Usage: tools/astcheck.sh [-s|-p] DIR [ASTDUMP]
#   DIR      folder searched recursively for *.py
#   ASTDUMP  the astdump binary (default /tmp/astdump; build it with
#            gcc -std=c11 -Wall -Wextra -Werror -O1 -g -fsanitize=address,undefined \
#                src/compiler/*.c tools/astdump.c -lm -o /tmp/astdump)
#   -s       compare symtables (astdump --symtable vs tools/symdump.py) instead of ASTs
#   -p       compare ASTs including node positions (lineno, col_offset, end_*)
# Files CPython itself rejects, or that use except*, are skipped.
# Prints one line per differing file and a summary "N same, N differ, N skipped".
mode=ast
pos=
if [ "$1" = "-s" ]; then mode=sym; shift; fi
if [ "$1" = "-p" ]; then pos=--positions; shift; fi
dir=${1:?usage: astcheck.sh [-s|-p] DIR [ASTDUMP]}
bin=${2:-/tmp/astdump}
py=${PYTHON:-python3.11}
here=$(dirname "$0")
tmp=$(mktemp -d)
same=0; differ=0; skipped=0
for f in $(find "$dir" -name '*.py' | sort); do
    if [ $mode = ast ]; then
        $py "$here/astdump_ref.py" --ascii $pos "$f" > "$tmp/want" 2>/dev/null
        rc=$?
        if [ $rc -ne 0 ]; then skipped=$((skipped+1)); continue; fi
        "$bin" --ascii $pos "$f" > "$tmp/got" 2>&1
    else
        $py "$here/symdump.py" "$f" > "$tmp/want" 2>/dev/null
        rc=$?
        if [ $rc -ne 0 ]; then skipped=$((skipped+1)); continue; fi
        "$bin" --symtable "$f" > "$tmp/got" 2>&1
    fi
    if cmp -s "$tmp/want" "$tmp/got"; then
        same=$((same+1))
    else
        differ=$((differ+1))
        echo "DIFF $f"
    fi
done
rm -rf "$tmp"
echo "$same same, $differ differ, $skipped skipped"
