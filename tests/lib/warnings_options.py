# -W style options (warnings._processoptions) and regex message/module filters
import sys
import warnings

D = __file__.rsplit('/', 1)[0]

class Out:
    def write(self, s):
        sys.stdout.write(s.replace(D, '<dir>'))
    def flush(self):
        pass

sys.stderr = Out()
print(warnings.filters[0])
warnings.filterwarnings("ignore", message="care", module="__ma")
print(warnings.filters[0])
warnings.warn("Careful: ignored (message regex, case-insensitive)")
warnings.warn("other: shown")
warnings.resetwarnings()
warnings._processoptions(["error::DeprecationWarning", "bogus", "ignore:x:NoSuch",
                          "a:b:c:d:e:f", "ignore:::mod.x:-1", "i::ResourceWarning",
                          "all", "once:msg.x:UserWarning:mod.y:3", "d::int"])
for f in warnings.filters:
    print(f)
try:
    warnings.warn("dep", DeprecationWarning)
except DeprecationWarning as e:
    print("raised", e)
warnings.resetwarnings()
warnings.filterwarnings("error", message=r"code \d+")
try:
    warnings.warn("code 42 failed")
except UserWarning as e:
    print("raised", e)
warnings.warn("code x failed")
