# formatwarning / showwarning, replacing showwarning and formatwarning
import sys
import warnings

D = __file__.rsplit('/', 1)[0]

print(warnings.formatwarning("msg", UserWarning, "file.py", 10, line="  code here  "), end='')
print(warnings.formatwarning("msg", DeprecationWarning, "nofile.py", 3), end='')
print(warnings.formatwarning("own line", UserWarning, __file__, 1).replace(D, '<dir>'), end='')

class Stream:
    def write(self, s):
        print("[stream]", s.replace(D, '<dir>'), end='')

warnings.showwarning("shown", RuntimeWarning, "mod.py", 7, file=Stream(), line="x = 1")
warnings.showwarning("none line", UserWarning, "mod.py", 8, file=Stream(), line="")

def myformat(message, category, filename, lineno, line=None):
    return "CUSTOM %s|%s|%d\n" % (message, category.__name__, lineno)

old = warnings.formatwarning
warnings.formatwarning = myformat
sys.stderr = Stream()
warnings.warn("with custom format")
warnings.formatwarning = old
warnings.warn("back to normal")
sys.stderr = sys.__stderr__

def myshow(message, category, filename, lineno, file=None, line=None):
    print("SHOW", message, category.__name__, lineno, type(message).__name__)

warnings.showwarning = myshow
warnings.warn("through myshow")
warnings.warn_explicit("explicit", UserWarning, "somefile.py", 42)
warnings.warn_explicit("explicit", UserWarning, "somefile.py", 42, registry={})
reg = {}
warnings.warn_explicit("once here", UserWarning, "f.py", 1, module="m", registry=reg)
warnings.warn_explicit("once here", UserWarning, "f.py", 1, module="m", registry=reg)
print(sorted(str(k) for k in reg))
