# heapq: nlargest, nsmallest (key=) and merge (key=, reverse=) with ties.
import heapq

data = [5, 1, 8, 3, 8, 2, 9, 1, 7]
print(heapq.nlargest(3, data), heapq.nsmallest(3, data))
print(heapq.nlargest(1, data), heapq.nsmallest(1, []), heapq.nlargest(0, data))
print(heapq.nlargest(20, data), heapq.nsmallest(4, iter(data)))
words = ['bb', 'a', 'ccc', 'dd', 'e', 'fff', 'gg']
print(heapq.nsmallest(3, words, key=len), heapq.nlargest(3, words, key=len))
print(heapq.nsmallest(3, iter(words), key=len), heapq.nlargest(4, iter(words), key=len))
print(heapq.nlargest(2, iter([]), key=len), heapq.nsmallest(1, words, key=len))
print(list(heapq.merge([1, 3, 5], [2, 4, 6], [0, 7])))
print(list(heapq.merge([1, 3, 5], [], [1, 3])))
print(list(heapq.merge()))
print(list(heapq.merge(['a', 'ccc'], ['bb', 'dd'], key=len)))
print(list(heapq.merge([5, 3, 1], [4, 2, 0], reverse=True)))
print(list(heapq.merge(['ccc', 'a'], ['dd', 'bb', 'e'], key=len, reverse=True)))
pairs1 = [(1, 'x'), (2, 'x'), (2, 'y')]
pairs2 = [(1, 'p'), (2, 'q')]
print(list(heapq.merge(pairs1, pairs2, key=lambda p: p[0])))
g = heapq.merge(iter([1, 4]), iter([2, 3]))
print(next(g), next(g), list(g))
