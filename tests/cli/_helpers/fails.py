def inner():
    raise RuntimeError("failure inside a script")
print("script output before the failure")
inner()
