# print_stack / format_stack / extract_stack and the repeated-line summary
import sys
import traceback

D = __file__.rsplit('/', 1)[0]

def show(text):
    print(text.replace(D, '<dir>'), end='')

def leaf():
    show(''.join(traceback.format_stack()))
    stack = traceback.extract_stack()
    print([fs.name for fs in stack])
    print(stack[-1].line)
    class Out:
        def write(self, text):
            show(text)
    traceback.print_stack(file=Out(), limit=1)

def branch():
    leaf()

branch()
print(len(traceback.extract_stack(limit=1)))

def recurse(n):
    if n == 0:
        raise RecursionError("bottom")
    recurse(n - 1)

try:
    recurse(8)
except RecursionError:
    show(traceback.format_exc())

def twice(n):
    if n == 0:
        raise ValueError("two")
    twice(n - 1)

try:
    twice(4)
except ValueError:
    show(traceback.format_exc())
