# dataclasses: error messages of replace, asdict, astuple, fields, field and __init__.
from dataclasses import dataclass, field, replace, asdict, astuple, fields


def attempt(make):
    try:
        make()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


@dataclass
class P:
    a: int
    b: int = field(init=False, default=0)

attempt(lambda: replace(P(1), b=3))
attempt(lambda: replace(5))
attempt(lambda: asdict(5))
attempt(lambda: astuple(P))
attempt(lambda: fields(5))
attempt(lambda: field(default=1, default_factory=list))
attempt(lambda: P())
attempt(lambda: P(1, 2))
