# an uncaught exception ends the program with status 1 and the traceback on stderr
def f():
    return {}["missing key"]
print("start")
f()
