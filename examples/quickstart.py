"""Extract claims from a news text and reconcile them, in a dozen lines.

The two sides here are fictional, so the example first teaches the lexicon their
names (the built-in actor table knows the real ones). Run:
python examples/quickstart.py
"""

import reconcile

TEXT = """March 14, 2025

Ruritania's defence ministry said on Thursday that about 1,200 Bordurian
soldiers had been killed since January. Borduria's army said only 300 of its
soldiers were killed in the same period, and that 900 were wounded.

A monitoring group said at least 2,000 Bordurian troops were killed or wounded
by the end of February.
"""

lexicon = reconcile.default_lexicon().extended(
    {
        "actors": {
            "Ruritania": {
                "kind": "state",
                "aliases": ["Ruritania"],
                "demonyms": ["Ruritanian"],
            },
            "Borduria": {
                "kind": "state",
                "aliases": ["Borduria"],
                "demonyms": ["Bordurian"],
            },
        }
    }
)

claims = reconcile.extract(TEXT, publisher="Example Wire", lexicon=lexicon)
for claim in claims:
    who = claim.claimant or "the outlet"
    print(f"{claim.figure!r:16} {claim.measure:11} of {claim.subject} by {who}")

result = reconcile.reconcile(claims, lexicon=lexicon)
print()
print(result.to_table())
