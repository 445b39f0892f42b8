import sys
print(__name__, sys.modules[__name__] is sys.modules["__main__"])
if __name__ == "__main__":
    print("running as the main script")
import _helpers.guarded as g
print(g.ran_as, g.main())
print(g.__name__ == "__main__")
def main():
    return "this script's main"
if __name__ == "__main__":
    print(main())
print("__main__" in sys.modules, type(sys.modules["__main__"]).__name__)
this = sys.modules["__main__"]
print(this.main is main, hasattr(this, "g"))
