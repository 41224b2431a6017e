"""Benchmarks of reconcile: extraction, reconciliation, start-up, hostile input.

Run everything with ``python -m benchmarks`` (``--smoke`` for a quick check,
``--only SECTION`` to pick sections, ``--runs N``, ``--json PATH``). Each section
module has ``run(*, smoke, runs) -> dict`` (the JSON section) and
``render(section) -> str`` (the printed tables); `benchmarks.timing` holds the
shared timing helpers and `benchmarks.report` the machine record, targets and
output.
"""
