"""t_patho_sentences: 100,000 sentences with dates, and a long chain of
relative dates (STYLE 6.8's pathological inputs)."""
# SPDX-License-Identifier: MIT
import os

from e2elib import (RECOVERED, TMP, Checker, check_recovered, parse_jsonl,
                    pathological, text)

c = Checker("t_patho_sentences")
N = 100000
parts = []
for i in range(N):
    parts.append(b"On %d May %d, event %d happened. " % (i % 28 + 1, 1800 + i % 100, i))
    if i % 50 == 49:
        parts.append(b"\n\n")
data = b"= Many sentences =\n\n" + b"".join(parts) + RECOVERED
p = pathological(c, "sentences.txt", data)
if p:
    c.eq(text(p.stderr), "", "stderr for 100,000 sentences")
    try:
        arts = check_recovered(c, "sentences", parse_jsonl(p.stdout))
        n = sum(len(sec.get("sentences", [])) for sec in arts[0].get("sections", []))
        c.eq(n, N, "sentences found")
    except (ValueError, IndexError) as e:
        c.fail("sentences: %s" % e)

# One paragraph: an anchor date, then 20,000 relative dates chained on it.
chain = [b"On 2 May 1866, it began."]
for i in range(20000):
    chain.append(b" Two days later, more happened." if i % 2 else b" The following night, it rained.")
data = b"= Relative chain =\n\n" + b"".join(chain) + RECOVERED
p = pathological(c, "chain.txt", data)
if p:
    try:
        check_recovered(c, "chain", parse_jsonl(p.stdout))
    except ValueError as e:
        c.fail("chain: %s" % e)
out = os.path.join(TMP, "run")
p = pathological(c, "chain-run.txt", data, ("run", "-o", out))

c.done()
