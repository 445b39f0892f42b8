code = "x = 1\ny = 0\nprint(x / y)\n"
print("running code from a string")
exec(code)
