"""t_patho_structure: 100,000 small articles, 50,000 headings, a heading of
100,000 '=' and 100,000 list items (no quadratic walks, no deep recursion)."""
# SPDX-License-Identifier: MIT
from e2elib import (RECOVERED, Checker, check_recovered, parse_jsonl,
                    pathological, text)

c = Checker("t_patho_structure")
N = 100000
data = b"".join(b"= A%d =\n\nText %d.\n\n" % (i, i) for i in range(N)) + RECOVERED
p = pathological(c, "articles.txt", data)
if p:
    try:
        arts = check_recovered(c, "articles", parse_jsonl(p.stdout))
        c.eq(len(arts), N + 1, "articles")
    except ValueError as e:
        c.fail("articles: %s" % e)

data = (b"= Headings =\n\n" + b"".join(b"== H%d ==\nx.\n" % i for i in range(50000))
        + b"\n" + b"=" * N + b"\n\n" + b"- item\n" * N + RECOVERED)
p = pathological(c, "headings.txt", data)
if p:
    try:
        arts = check_recovered(c, "headings", parse_jsonl(p.stdout))
        heads = [s for s in arts[0].get("sections", []) if s.get("heading", "").startswith("H")]
        c.eq(len(heads), 50000, "headings H0..H49999")
    except ValueError as e:
        c.fail("headings: %s" % e)
    c.ok(len(text(p.stderr).splitlines()) <= 1, "headings: more than one diagnostic: %s" % text(p.stderr)[:300])

c.done()
