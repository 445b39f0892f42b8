# An exception in __del__ is reported on stderr ("Exception ignored in: ...") and swallowed.
class Bad:
    def __del__(self):
        raise ValueError("error in __del__")
print("creating")
b = Bad()
del b
print("program continues after the ignored exception")
class Good:
    def __del__(self):
        print("Good.__del__ runs")
g = Good()
g = None
items = [Bad() for _ in range(2)]
items.clear()
print("end of program")
