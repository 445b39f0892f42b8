# Ends with an uncaught exception: the whole stderr is compared.
print("before the error")
values = [1, 2, 3]
total = sum(values)
print("total", total)
raise ValueError("something went wrong")
