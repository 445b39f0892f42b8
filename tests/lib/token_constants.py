# token: the type numbers, tok_name, EXACT_TOKEN_TYPES and the predicates.
import token

names = [n for n in token.__all__ if isinstance(getattr(token, n), int)]
print(len(names), len(token.__all__))
for n in names:
    print(n, getattr(token, n))
print(token.__all__[:4])
print(sorted(token.tok_name.items()))
print(list(token.EXACT_TOKEN_TYPES.items()))
print(all(token.tok_name[getattr(token, n)] == n for n in names))
for x in (0, 1, 63, 64, 255, 256, 300):
    print(x, token.ISTERMINAL(x), token.ISNONTERMINAL(x), token.ISEOF(x))
print(sorted(n for n in dir(token) if not n.startswith('__') and not n.isupper()))
print(token.OP, token.ERRORTOKEN, token.COMMENT, token.NL, token.ENCODING,
      token.N_TOKENS, token.NT_OFFSET)
