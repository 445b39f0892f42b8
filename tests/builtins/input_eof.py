# stdin is /dev/null: input() hits end of file at once.
import sys
try:
    line = input()
    print("read", repr(line))
except EOFError as e:
    print(type(e).__name__, e)
try:
    input("prompt> ")
except EOFError as e:
    print()
    print(type(e).__name__, e)
print(sys.stdin.read() == "", sys.stdin.readline() == "")
try:
    input("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
attempts = 0
while True:
    attempts += 1
    try:
        input()
    except EOFError:
        break
print("loop ended after", attempts, "attempt")
def ask(prompt, default):
    try:
        answer = input(prompt)
    except EOFError:
        return default
    return answer or default
print()
print(ask("name? ", "anonymous"))
print(isinstance(EOFError(), Exception), EOFError.__mro__[1].__name__)
print(str(EOFError("EOF when reading a line")), repr(EOFError()))
