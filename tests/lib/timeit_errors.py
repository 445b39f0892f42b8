import io
import timeit

t = timeit.Timer('a = 1\nb = a / 0', setup='c = 2')
try:
    t.timeit(number=3)
except ZeroDivisionError:
    buf = io.StringIO()
    t.print_exc(file=buf)
    lines = buf.getvalue().splitlines()
    for i, line in enumerate(lines):
        if 'timeit-src' in line:
            print(line.strip())
            print(lines[i + 1].strip())
    print(lines[-1])
print('inner' in t.src, t.src.count('\n'))
print(t.src)
t = timeit.Timer(lambda: None)
print(t.src)
