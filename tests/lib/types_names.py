# types: the names of the built-in types, SimpleNamespace and MappingProxyType.
import sys
import types

def f():
    yield 1

class C:
    def m(self):
        pass

print(type(f) is types.FunctionType, types.LambdaType is types.FunctionType)
print(isinstance(f(), types.GeneratorType), isinstance(f.__code__, types.CodeType))
print(isinstance(C().m, types.MethodType), isinstance(len, types.BuiltinFunctionType))
print(isinstance([].append, types.BuiltinMethodType), isinstance(sys, types.ModuleType))
print(types.NoneType, types.NotImplementedType, types.EllipsisType)
print(types.GenericAlias, types.UnionType, type(int | None) is types.UnionType)
print(types.MappingProxyType, types.SimpleNamespace, types.ModuleType)
print(list[int] == types.GenericAlias(list, (int,)))
try:
    raise KeyError(1)
except KeyError as e:
    print(isinstance(e.__traceback__, types.TracebackType),
          isinstance(e.__traceback__.tb_frame, types.FrameType))
ns = types.SimpleNamespace(a=1, b='x')
ns.c = [2]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b='x', c=[2]))
del ns.a
print(ns, vars(ns))
mp = types.MappingProxyType({'k': 1, 'j': 2})
print(mp['k'], len(mp), sorted(mp), 'j' in mp, mp.get('z', 0))
try:
    mp['k'] = 2
except TypeError as e:
    print(type(e).__name__, e)
m = types.ModuleType('mymod', 'doc here')
m.x = 5
print(m.__name__, m.__doc__, m.x)
print(types.FunctionType.__name__, types.CodeType.__name__, types.MethodType.__name__)
b = types.MethodType(lambda self, y: (self, y), 'obj')
print(b(3), b.__self__)
