# warnings.warn: default 'default' action shows once per location, stacklevel, categories
import sys
import warnings

D = __file__.rsplit('/', 1)[0]

class Capture:
    def __init__(self):
        self.text = ''
    def write(self, s):
        self.text += s

cap = Capture()
sys.stderr = cap

def helper():
    warnings.warn("from helper")

for i in range(3):
    helper()                      # shown once: same text, same line
warnings.warn("top level")
warnings.warn("top level")       # another line: shown again

def api():
    warnings.warn("blame the caller", stacklevel=2)

api()
warnings.warn(RuntimeWarning("an instance"))
warnings.warn("deprecated here", DeprecationWarning)    # shown: triggered in __main__
warnings.warn("pending", PendingDeprecationWarning)     # ignored by default
warnings.warn("resource", ResourceWarning)              # ignored by default
warnings.warn("way up", stacklevel=50)
try:
    warnings.warn("x", category=str)
except TypeError as e:
    print(type(e).__name__, e)
sys.stderr = sys.__stderr__
print(cap.text.replace(D, '<dir>'), end='')
print(sorted(k[0] for k in __warningregistry__ if k != 'version'))
