"""inflect, imported without typeguard's instrumentation: ``from .inflect import inflect``.

inflect 7 decorates its engine with typeguard's ``@typechecked``, which re-parses and
re-compiles inflect's whole source once per decorated method at import: about 4.4 s
(PERF-NOTES, issue #13), more than loading spaCy. quantulum3 imports inflect on its first
parse (``quantulum3/_lang/en_US/load.py``), and scoring singularises with it.

Imported through this module, inflect is what it is under ``python -O``, where typeguard
documents ``@typechecked`` as a no-op: the same results for valid arguments, no run-time
type checks (every caller here passes non-empty strings or numbers). The swap of
``typeguard.typechecked`` lasts only for this import and is undone after it; if inflect is
already imported, nothing changes. inflect 6 (pydantic, fast to import) is no way out: its
``singular_noun`` differs on 257 of the 27,707 words of the news dump ("Congress" ->
"Congres", "boss" -> "bos") and its ``plural`` on 5.
"""

from __future__ import annotations

import sys


def _import_without_typechecks():
    if "inflect" in sys.modules:
        return sys.modules["inflect"]
    import typeguard

    def no_instrumentation(target=None, **_options):
        return target if target is not None else no_instrumentation

    typechecked = typeguard.typechecked
    typeguard.typechecked = no_instrumentation
    try:
        import inflect
    finally:
        typeguard.typechecked = typechecked
    return inflect


inflect = _import_without_typechecks()

__all__ = ["inflect"]
