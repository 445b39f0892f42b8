class Broken:
    size = 4
    table = [0] * size
    first = table[size]

print("never")
