"""graphlib - topological ordering of a graph of hashable nodes.

Glass's own implementation of CPython's graphlib: TopologicalSorter (add, prepare,
get_ready, done, is_active, static_order) and CycleError, with CPython's orders, errors
and messages. A cycle is reported as CPython finds it: depth first from the nodes in the
order they were first added, following each node's successors in the order they were
added, the cycle being the path from the repeated node back to itself.
"""

from types import GenericAlias

__all__ = ["TopologicalSorter", "CycleError"]

# values of _Node.npred once a node has left the "waiting" state
_PASSED_OUT = -1
_DONE = -2


class _Node:
    __slots__ = ("node", "npred", "succ")

    def __init__(self, node):
        self.node = node
        self.npred = 0      # unfinished predecessors, or _PASSED_OUT / _DONE
        self.succ = []      # nodes depending on this one, duplicates kept


class CycleError(ValueError):
    """Raised by TopologicalSorter.prepare() when the graph has a cycle.

    args[1] lists the nodes of one cycle; its first and last items are the same node.
    """


class TopologicalSorter:
    """Orders the nodes of a graph so that every node comes after its predecessors."""

    def __init__(self, graph=None):
        self._nodes = {}
        self._ready = None      # list once prepare() ran
        self._npassed = 0
        self._nfinished = 0
        if graph is not None:
            for node, preds in graph.items():
                self.add(node, *preds)

    def _info(self, node):
        info = self._nodes.get(node)
        if info is None:
            info = self._nodes[node] = _Node(node)
        return info

    def add(self, node, *predecessors):
        """Add node, with the given predecessors, to the graph."""
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        info = self._info(node)
        info.npred += len(predecessors)
        for pred in predecessors:
            self._info(pred).succ.append(node)

    def prepare(self):
        """Freeze the graph and look for cycles (CycleError)."""
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready = [i.node for i in self._nodes.values() if i.npred == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def get_ready(self):
        """Return a tuple of the nodes whose predecessors are all done."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        result = tuple(self._ready)
        for node in result:
            self._nodes[node].npred = _PASSED_OUT
        self._ready.clear()
        self._npassed += len(result)
        return result

    def is_active(self):
        """True while nodes are ready or handed out but not done."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        return self._nfinished < self._npassed or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Mark nodes, handed out by get_ready(), as processed."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        table = self._nodes
        for node in nodes:
            info = table.get(node)
            if info is None:
                raise ValueError(f"node {node!r} was not added using add()")
            state = info.npred
            if state != _PASSED_OUT:
                if state >= 0:
                    raise ValueError(f"node {node!r} was not passed out (still not ready)")
                raise ValueError(f"node {node!r} was already marked done")
            info.npred = _DONE
            for succ in info.succ:
                sinfo = table[succ]
                sinfo.npred -= 1
                if sinfo.npred == 0:
                    self._ready.append(succ)
            self._nfinished += 1

    def _find_cycle(self):
        table = self._nodes
        visited = set()
        for start in table:
            if start in visited:
                continue
            path = [start]                  # the current depth-first path
            where = {start: 0}              # node -> its index in path
            iters = [iter(table[start].succ)]
            visited.add(start)
            while iters:
                nxt = next(iters[-1], _END)
                if nxt is _END:
                    del where[path.pop()]
                    iters.pop()
                    continue
                if nxt in visited:
                    if nxt in where:
                        return path[where[nxt]:] + [nxt]
                    continue
                visited.add(nxt)
                where[nxt] = len(path)
                path.append(nxt)
                iters.append(iter(table[nxt].succ))
        return None

    def static_order(self):
        """Yield every node, in an order valid for the graph (prepares the sorter)."""
        self.prepare()
        while self.is_active():
            group = self.get_ready()
            yield from group
            self.done(*group)

    __class_getitem__ = classmethod(GenericAlias)


_END = object()
