# A regex scan (8 passes) over about 1 MB of generated log-like text: re.finditer with
# named groups, re.findall, re.sub with a template and with a function, split.
import re

WORDS = ["alpha", "beta", "gamma", "delta", "error", "warning", "user", "id",
         "request", "timeout", "ok", "disk", "cpu", "memory", "retry", "net"]


def make_text(size):
    seed = 12345
    parts = []
    n = 0
    line = 0
    while n < size:
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        word = WORDS[seed % len(WORDS)]
        if seed % 17 == 0:
            word = "user%d@host%d.example.com" % (seed % 997, seed % 13)
        elif seed % 11 == 0:
            word = "%d.%d" % (seed % 1000, seed % 100)
        elif seed % 23 == 0:
            line += 1
            word = "\n2024-01-%02d 12:%02d:%02d [%s]" % (line % 28 + 1, seed % 60, line % 60,
                                                       ("INFO", "WARN", "ERROR")[seed % 3])
        parts.append(word)
        n += len(word) + 1
    return " ".join(parts)


text = make_text(1_000_000)
stamp = re.compile(r"(?P<date>\d{4}-\d\d-\d\d) (?P<time>\d\d:\d\d:\d\d) \[(?P<level>[A-Z]+)\]")
email = re.compile(r"\b[\w.]+@([\w-]+)\.example\.com\b")
number = re.compile(r"\b\d+\.\d+\b")
levels = {}
minutes = 0
totals = [0] * 6
for round_ in range(8):
    for m in stamp.finditer(text):
        levels[m.group("level")] = levels.get(m.group("level"), 0) + 1
        minutes += int(m["time"][3:5])
    hosts = email.findall(text)
    numbers = number.findall(text)
    masked = email.sub(r"<\1>", text)
    scaled = number.sub(lambda m: str(round(float(m.group()) * 2, 1)), text[:200_000])
    errors = len(re.findall(r"\berror\b|\bERROR\b", text, re.IGNORECASE))
    fields = re.split(r"\s+", text[:300_000])
    for k, v in enumerate((len(hosts), len(numbers), len(masked), len(scaled), errors, len(fields))):
        totals[k] += v
print(len(text), sorted(levels.items()), minutes, len(set(hosts)), totals)
