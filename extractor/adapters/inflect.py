"""inflect, imported without typeguard's instrumentation: ``from .inflect import inflect``.

inflect 7 decorates its engine with typeguard's ``@typechecked``, which re-parses and
re-compiles inflect's whole source once per decorated method at import: about 4.4 s
(PERF-NOTES, issue #13), more than loading spaCy. quantulum3 imports inflect on its first
parse (``quantulum3/_lang/en_US/load.py``), and scoring singularises with it.

Imported through this module, inflect is what it is under ``python -O``, where typeguard
documents ``@typechecked`` as a no-op: the same results for valid arguments, no run-time
type checks (every caller here passes non-empty strings or numbers). inflect reads only
``typechecked`` from typeguard, at its import: when typeguard is not imported yet, a
stand-in module that has just that no-op is in ``sys.modules`` for this import and is
removed after it, so typeguard itself (and the unittest and asyncio it imports: 0.1-0.4 s
on the way to one article, issue #13) is never loaded for inflect; when it is imported,
its ``typechecked`` is swapped for this import and put back after it. If inflect is
already imported, nothing changes. inflect 6 (pydantic, fast to import) is no way out:
its ``singular_noun`` differs on 257 of the 27,707 words of the news dump ("Congress" ->
"Congres", "boss" -> "bos") and its ``plural`` on 5.
"""

from __future__ import annotations

import sys
from types import ModuleType

_TYPEGUARD = "typeguard"


def _no_instrumentation(target=None, **_options):  # type: ignore[no-untyped-def]
    return target if target is not None else _no_instrumentation


def _import_without_typechecks():
    if "inflect" in sys.modules:
        return sys.modules["inflect"]
    typeguard = sys.modules.get(_TYPEGUARD)
    if typeguard is None:
        stand_in = ModuleType(_TYPEGUARD)
        stand_in.typechecked = _no_instrumentation
        sys.modules[_TYPEGUARD] = stand_in
        try:
            import inflect
        finally:
            if sys.modules.get(_TYPEGUARD) is stand_in:
                del sys.modules[_TYPEGUARD]
        return inflect
    typechecked = typeguard.typechecked
    typeguard.typechecked = _no_instrumentation
    try:
        import inflect
    finally:
        typeguard.typechecked = typechecked
    return inflect


inflect = _import_without_typechecks()

__all__ = ["inflect"]
