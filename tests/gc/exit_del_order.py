# At exit: atexit handlers first, then __del__ of objects still held by module
# globals (here in creation order, with the globals still bound).
import gc
gc.disable()

class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__ at exit:", self.name, "global still bound:", "first" in globals())

first = Res("first")
second = Res("second")
a = Res("cycle a")
b = Res("cycle b")
a.b = b
b.a = a
temp = Res("temporary")
del temp
print("end of script")
