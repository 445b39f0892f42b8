# list.sort() and sorted() read `reverse` like Argument Clinic's int converter: any
# __index__, C int range, TypeError for the rest; sorted() builds its list first.

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class Idx:
    def __index__(self):
        return 1

for r in [True, 0, Idx(), 2**31 - 1, -2**31, 2**31, 2**100, 'x', None, 1.5, []]:
    show(lambda: sorted([3, 1, 2], reverse=r))
    data = [3, 1, 2]
    show(lambda: data.sort(reverse=r) or data)

show(lambda: sorted(1, reverse='x'))
show(lambda: sorted(1, foo=1))
show(lambda: sorted([1], foo=1))
show(lambda: [1].sort(foo=1))
show(lambda: sorted([2, 1], key=None, reverse=1))
show(lambda: sorted([(1, 'b'), (1, 'a'), (0, 'c')], key=lambda p: p[0], reverse=True))
