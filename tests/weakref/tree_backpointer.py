# A parent/child tree with weak back-pointers is freed by refcounting alone:
# no collection is needed.
import gc
import weakref
gc.disable()
gc.collect()

class Node:
    def __init__(self, name, parent=None):
        self.name = name
        self.children = []
        self._parent = weakref.ref(parent) if parent is not None else None
        if parent is not None:
            parent.children.append(self)
    @property
    def parent(self):
        return self._parent() if self._parent is not None else None
    def path(self):
        p = self.parent
        return (p.path() + "/" if p is not None else "") + self.name
    def __del__(self):
        print("__del__", self.name)

root = Node("root")
a = Node("a", root)
b = Node("b", root)
Node("leaf", a)
print(a.children[0].path(), b.parent is root)
leaf_ref = weakref.ref(a.children[0])
del a, b
print("children still owned by root:", leaf_ref() is not None)
print("deleting root")
del root
print("leaf gone:", leaf_ref() is None)
print("collect finds nothing ->", gc.collect())

# The same tree with strong back-pointers needs the collector.
class StrongNode:
    def __init__(self, name, parent=None):
        self.name = name
        self.children = []
        self.parent = parent
        if parent is not None:
            parent.children.append(self)
    def __del__(self):
        print("__del__", self.name)

root = StrongNode("sroot")
StrongNode("schild", root)
print("deleting sroot")
del root
print("nothing freed yet; collect ->", gc.collect())
