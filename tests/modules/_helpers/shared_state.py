print("  [shared_state module body runs]")
runs = 1
items = []
def add(x):
    items.append(x)
    return len(items)
class Registry:
    entries = {}
