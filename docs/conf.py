"""Sphinx configuration: Markdown pages (myst-parser) in the furo theme.

Build with ``sphinx-build -b html docs docs/_build/html`` after installing
``sphinx``, ``furo`` and ``myst-parser``.
"""

from __future__ import annotations

from importlib import metadata

project = "reconcile"
author = "reconcile developers"
copyright = "2026, reconcile developers"
try:
    release = metadata.version("reconcile")
except metadata.PackageNotFoundError:  # a checkout that is not installed
    release = "unknown"
version = release

extensions = ["myst_parser"]
source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build"]

myst_heading_anchors = 3  # links such as verdicts.md#revision reach headings
html_theme = "furo"
html_title = f"reconcile {release}"
