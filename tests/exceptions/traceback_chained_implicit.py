def cleanup():
    raise KeyError("cleanup failed")

def work():
    try:
        [1, 2, 3][10]
    except IndexError:
        cleanup()

work()
