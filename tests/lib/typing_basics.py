# typing: reprs, subscription, get_origin/get_args, Generic, NamedTuple, TypedDict,
# NewType, runtime-checkable Protocol, get_type_hints with forward references.
from typing import (Any, Callable, ClassVar, Dict, Final, FrozenSet, Generic, Iterable,
                    Iterator, List, Literal, Mapping, NamedTuple, NewType, Optional,
                    Protocol, Sequence, Set, Tuple, Type, TypedDict, TypeVar, Union, cast,
                    get_args, get_origin, get_type_hints, overload, runtime_checkable,
                    Annotated, TYPE_CHECKING, NoReturn)
import typing
T = TypeVar('T')
K = TypeVar('K')
print(T, TypeVar('U', covariant=True), Any, NoReturn, TYPE_CHECKING)
print(List[int], Dict[str, List[int]], Tuple[int, ...], Tuple[int, str], Tuple[()])
print(Optional[int], Union[int, str], Union[int, None, str], Union[int], Union[int, int])
print(Callable[[int, str], bool], Callable[..., int], Callable[[], None])
print(Literal[1, 'a'], ClassVar[int], Final[str], Type[int], Set[int], FrozenSet[str])
print(Annotated[int, 'meta'], Sequence[int], Mapping[str, int], Iterable[T], Iterator)
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]),
      get_args(Optional[int]), get_args(Callable[[int], str]), get_origin(int))
print(Union[int, str] == Union[str, int], List[int] == List[int], Optional[int] == Union[None, int])
print(isinstance([], List), isinstance({}, Mapping), issubclass(list, Sequence))
try:
    isinstance([], List[int])
except TypeError as e:
    print(e)
try:
    isinstance(1, Any)
except TypeError as e:
    print(e)

class Box(Generic[T]):
    def __init__(self, v: T) -> None:
        self.v = v
    def get(self) -> T:
        return self.v
print(Box[int], Box(3).get(), Box.__parameters__, Box[int].__origin__ is Box)

class Pair(Generic[K, T]):
    pass
print(Pair[str, int], Pair.__parameters__)

class Point(NamedTuple):
    x: int
    y: int = 0
    def norm(self):
        return abs(self.x) + abs(self.y)
p = Point(3, -4)
print(p, p.norm(), Point._fields, Point._field_defaults, p._replace(x=1), Point.__annotations__)
Emp = NamedTuple('Emp', [('name', str), ('id', int)])
print(Emp('a', 1))

class Movie(TypedDict, total=False):
    name: str
    year: int
m = Movie(name='x', year=1)
print(m, type(m), Movie.__total__, sorted(Movie.__optional_keys__))
class Movie2(TypedDict):
    name: str
print(sorted(Movie2.__required_keys__), Movie2(name='y'))

UserId = NewType('UserId', int)
print(UserId(5), UserId, UserId.__supertype__)

@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closer), isinstance(1, Closer), issubclass(F, Closer))
try:
    Closer()
except TypeError as e:
    print(e)

def f(a: int, b: 'List[str]', c: Optional['Box[int]'] = None) -> 'Dict[str, int]':
    return {}
print(get_type_hints(f))
class C:
    x: int
    y: 'str'
    z: ClassVar[int] = 1
print(get_type_hints(C))
print(cast(int, 'x'), cast('List[int]', 5))

@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x):
    return x
print(g(1))
print(typing.SupportsInt, isinstance(3, typing.SupportsInt), isinstance('x', typing.SupportsIndex))
print(List[T][int], Dict[K, T][str, int])
print(int | str, Union[int, str] | None)
try:
    Union[()]
except TypeError as e:
    print(e)
print(typing.Text, typing.AnyStr, typing.Hashable, typing.Sized)
def h(x: list[int], y: int | None) -> None: pass
print(get_type_hints(h))
