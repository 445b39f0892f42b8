# A helper module beside the tests: found through the script's folder on sys.path.
value = "top helper value"
counter = 0
def bump():
    global counter
    counter += 1
    return counter
