# from __future__ import annotations: annotations are their source text.
from __future__ import annotations
def f(x: Undefined, *a: List[int], k: "str" = 1, **kw: dict[str, int | None]) -> int:
    return 1
print(f.__annotations__)
class C:
    a: SomeType
    b: int = 5
    c: tuple[int, ...]
    def m(self) -> C: ...
print(C.__annotations__, C.b, C.m.__annotations__)
y: Unknown.attr[1:2] = 3
z: lambda x: x
print(__annotations__)
import __future__
print(__future__.annotations.compiler_flag)
