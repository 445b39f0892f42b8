count = 0

def incr():
    global count
    count += 1

for _ in range(5):
    incr()
print(count)

def make_new():
    global created
    created = "made in function"

make_new()
print(created)

def reader():
    return count * 10
print(reader())

def shadow():
    count = 99
    return count
print(shadow(), count)

def bad():
    try:
        print(count)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    count = 1
bad()

def del_global():
    global created
    del created
del_global()
try:
    created
except NameError as e:
    print(type(e).__name__, e)

def nested():
    def inner():
        global count
        count = -1
    inner()
nested()
print(count)
print("count" in globals(), globals()["count"])
