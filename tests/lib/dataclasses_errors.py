# dataclasses: error messages for bad class definitions.
from dataclasses import dataclass, field

def attempt(make):
    try:
        make()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

def mutable_default():
    @dataclass
    class Bad:
        x: list = []

def dict_default():
    @dataclass
    class Bad:
        x: dict = {}

def order_of_defaults():
    @dataclass
    class Bad2:
        x: int = 1
        y: int

def overwrite_lt():
    @dataclass(order=True)
    class O:
        x: int

        def __lt__(self, o):
            return True

def order_without_eq():
    @dataclass(eq=False, order=True)
    class O2:
        x: int

def no_annotation():
    @dataclass
    class F1:
        x = field()

def frozen_inherit():
    @dataclass(frozen=True)
    class FB:
        x: int

    @dataclass
    class FC(FB):
        y: int

def unfrozen_inherit():
    @dataclass
    class B:
        x: int

    @dataclass(frozen=True)
    class C(B):
        y: int

def hash_overwrite():
    @dataclass(unsafe_hash=True)
    class HH:
        x: int

        def __hash__(self):
            return 0


for f in [mutable_default, dict_default, order_of_defaults, overwrite_lt,
          order_without_eq, no_annotation, frozen_inherit, unfrozen_inherit,
          hash_overwrite]:
    attempt(f)
