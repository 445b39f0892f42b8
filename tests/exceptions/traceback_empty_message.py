def fail():
    raise NotImplementedError

print("about to fail")
fail()
