print("this never runs: the file does not compile")
x = 1
if x = 2:
    print("bad")
