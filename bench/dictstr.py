# Dicts and strings: word counting, joins, formatting, splitting.
WORDS = ("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi "
         "omicron pi rho sigma tau upsilon phi chi psi omega").split()

def make_text(n):
    out = []
    x = 12345
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(WORDS[x % len(WORDS)])
    return " ".join(out)

def count_words(text):
    counts = {}
    for w in text.split():
        counts[w] = counts.get(w, 0) + 1
    return counts

def report(counts):
    lines = []
    for w, c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append(f"{w:>10}: {c:6d} {'#' * (c // 2000)}")
    return "\n".join(lines)

def transform(text):
    parts = []
    for i, w in enumerate(text.split()[:100000]):
        if i % 3 == 0:
            parts.append(w.upper())
        elif i % 3 == 1:
            parts.append(w[::-1])
        else:
            parts.append("%s-%d" % (w, i % 10))
    return ",".join(parts)

def index_by_prefix(counts, text):
    idx = {}
    for w in text.split()[:200000]:
        idx.setdefault(w[:2], []).append(len(w))
    return {k: sum(v) for k, v in idx.items()}

text = make_text(800000)
counts = count_words(text)
rep = report(counts)
t = transform(text)
idx = index_by_prefix(counts, text)
print(len(text), len(counts), len(rep), len(t), t.count("A"), sum(idx.values()))
print(rep.splitlines()[0])
