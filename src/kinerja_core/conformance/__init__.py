"""Golden vectors: input → output cases, with citations, for systems that verify themselves.

Every cell of the predikat matrix, both sides of every band edge (work-result proposal,
PP 30/2019 predikat and achievement categories, PP 46/2011 categories), the worked examples of
the docs and seeded random cases, each self-describing: the rule, the date of the rules, the
inputs, the expected output, the citation. `python -m kinerja_core vectors --out DIR` writes
them as JSON; the committed copy lives in `conformance/vectors/` of the repository, and a test
regenerates and diffs it, so any changed result is a reviewed change.

`rules_index()` is the rules index as JSON-ready data — every parameter of `NATIONAL`, its
timeline of values, citations and confidence tags — the data behind the docs' *Rules index* page
and the web API's `/rules`.
"""

from kinerja_core.conformance._vectors import FUNCTIONS, Vector, generate_vectors, replay
from kinerja_core.conformance.rules_index import rules_index

__all__ = ["FUNCTIONS", "Vector", "generate_vectors", "replay", "rules_index"]
