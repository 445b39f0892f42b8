#!/usr/bin/env bash
# python -m unittest: discovery (default and `discover -s -p -t`), -k patterns,
# packages (with __init__.py) searched, a module that fails to import reported.
PY=${1:-python3.11}
d=$(mktemp -d /tmp/glass_test_ut.XXXXXX)
mkdir -p "$d/pkg" "$d/notpkg"
cat > "$d/test_alpha.py" <<'PYEOF'
import unittest
class Alpha(unittest.TestCase):
    def test_one(self): self.assertEqual(1, 1)
    def test_two(self): self.assertTrue(True)
PYEOF
cat > "$d/test_broken.py" <<'PYEOF'
import no_such_module_xyz
PYEOF
cat > "$d/helper.py" <<'PYEOF'
raise RuntimeError("not a test module: never imported")
PYEOF
touch "$d/pkg/__init__.py"
cat > "$d/pkg/test_beta.py" <<'PYEOF'
import unittest
class Beta(unittest.TestCase):
    def test_three(self): self.assertIn(3, [1, 2, 3])
    def test_four(self): self.assertEqual("a".upper(), "A")
PYEOF
cat > "$d/notpkg/test_gamma.py" <<'PYEOF'
import unittest
class Gamma(unittest.TestCase):
    def test_never(self): pass
PYEOF
clean() { sed -e "s|$d|<dir>|g" -e 's/in [0-9.]*s$/in <t>s/' -e 's/^  File .*line [0-9]*, in .*$/  File .../' ; }
cd "$d"
"$PY" -m unittest -v 2>&1 | grep -v '^    \|^  File\|^Traceback\|^    ^' | clean
echo "status ${PIPESTATUS[0]}"
"$PY" -m unittest discover -s "$d" -p "test_a*.py" -v 2>&1 | clean
"$PY" -m unittest discover -k three -v 2>&1 | grep -v '^    \|^  File\|^Traceback\|^    ^' | clean
cd /
rm -rf "$d"
