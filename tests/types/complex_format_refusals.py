# format() of a complex refuses zero padding (any '0' fill, CPython tests the fill
# character) and '=' alignment, with CPython's messages; other specs still work.

def show(spec):
    try:
        print(repr(spec), repr(format(1.5 - 2j, spec)), repr(format(-0j, spec)))
    except Exception as e:
        print(repr(spec), type(e).__name__, e)

for spec in ['', '010', '0<10', '0^5', '0>3', '00', '0=10', '=10', 'x=10', '*<14.1f',
             '^12', '+', ' ', '-', '#g', ',', '_.2f', 'z.1f', 'e', 'n', 'd', '%']:
    show(spec)
