counter = 10
def report():
    print("counter is", counter)
    print("counter is", countr)

report()
