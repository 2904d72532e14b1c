"""What `extract queue list` and `queue show` print: tables and lines of article text.

Article text is data, never instructions to the terminal: ``visible`` shows control
characters (ANSI escapes, C0 and C1 codes) as ``\\x1b``-style escapes, and everything
is printed as rich ``Text`` or with ``markup=False``, so "[bold]" in a headline is text.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .models import QueueItem

Printer = Callable[..., None]  # prints one line of `queue show` (no text: an empty line)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_C1_AND_DEL = re.compile(r"[\x7f-\x9f]")


def visible(text: str | None) -> str:
    """Article text safe for a terminal: tabs and newlines as spaces, other controls escaped."""
    if not text:
        return text or ""
    text = text.replace("\t", " ").replace("\n", " ")
    return _CONTROL.sub(lambda match: f"\\x{ord(match.group()):02x}", text)


def json_for_terminal(text: str) -> str:
    """JSON text with DEL and C1 controls as \\u escapes (json escapes C0 already)."""
    return _C1_AND_DEL.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


def cell(text: str):  # type: ignore[no-untyped-def]
    """A table cell of article text: rich ``Text`` (no markup, no emoji codes), visible."""
    from rich.text import Text

    return Text(visible(text))


def items_table(items: list[QueueItem], *, title: str):  # type: ignore[no-untyped-def]
    """`queue list`: one row per item, ranked."""
    from rich.table import Table

    table = Table(title=title, show_lines=False, title_justify="left")
    for name, options in (
        ("id", {"justify": "right"}),
        ("score", {"justify": "right"}),
        ("status", {}),
        ("speaker", {"max_width": 24}),
        ("number", {"justify": "right", "max_width": 22}),
        ("about", {"max_width": 28}),
        ("sentence", {"ratio": 1, "min_width": 30}),
        ("outlets", {"justify": "right"}),
        ("seen", {"justify": "right"}),
        ("last", {}),
        ("conf.", {"justify": "right"}),
    ):
        table.add_column(name, overflow="fold" if name != "sentence" else "ellipsis", **options)
    for item in items:
        table.add_row(
            *map(
                cell,
                (
                    str(item.id),
                    f"{item.score:.2f}",
                    item.status,
                    item.speaker or "-",
                    item.number_text(),
                    about_text(item),
                    shorten(item.sentence, 110),
                    str(item.outlets),
                    str(item.appearance_count),
                    item.last_published or "-",
                    str(item.conflict_count or ""),
                ),
            )
        )
    return table


def about_text(item: QueueItem) -> str:
    """What the number is about, as a checker reads it: qualifiers, entity, (property)."""
    words = [*item.qualifiers, item.entity or item.about]
    if item.property:
        words.append(f"({item.property})")
    return " ".join(word for word in words if word)


def shorten(text: str, width: int) -> str:
    """The text visible, on one line, cut to ``width`` characters with an ellipsis."""
    text = " ".join(visible(text).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def print_claim(out: Printer, item: QueueItem, *, as_of: str | None) -> None:
    """The item's score (each feature's part and why), speaker, number, topic, quote, spread."""
    from .ranking import item_features, score_parts

    parts = score_parts(item_features(item), as_of=as_of)
    out(f"Item {item.id}  [{item.status}]  check-worthiness {item.score:.2f}")
    out("  Why it ranks here (value x weight = points):")
    for part in parts:
        out(
            f"    {part.name:<10} {part.value:4.2f} x {part.weight:5.3f} = {part.points:5.3f}"
            f"   {part.reason}"
        )
    out(f"    {'score':<10} {'':15} = {sum(part.points for part in parts):5.3f}")
    if item.note or item.rating:
        out(f"  rating: {item.rating or '-'}   note: {item.note or '-'}")
    out()
    speaker = (
        f'{item.speaker} ({item.speaker_kind}; "{item.speaker_mention}")'
        if item.speaker
        else "none (the article)"
    )
    out(f"Speaker:  {speaker}")
    out(f'Number:   {item.number_text()}   ("{item.quantity_text}", bound {item.bound})')
    out(f'About:    {about_text(item)}   "{item.about}"')
    out(f"Quote:    {item.quote}")
    out(
        f"Printed:  {item.appearance_count} time(s) by {item.outlets} outlet(s), "
        f"{item.first_published or '?'} to {item.last_published or '?'}"
    )
    out()


def print_appearances(out: Printer, item: QueueItem) -> None:
    """Every place the item was printed: source, date, article, title, URL and sentence."""
    for number, appearance in enumerate(item.appearances, start=1):
        where = " | ".join(
            x for x in (appearance.source, appearance.published, appearance.doc_id) if x
        )
        out(f"[{number}] {where}")
        if appearance.title:
            out(f"    {appearance.title}")
        if appearance.url:
            out(f"    {appearance.url}")
        out(f'    "{" ".join(appearance.sentence.split())}"  ({appearance.quote} quote)')


def conflicts_table(item: QueueItem):  # type: ignore[no-untyped-def]
    """The item and the items it conflicts with, side by side."""
    from rich.table import Table

    table = Table(
        title=f"Conflicts: {len(item.conflicts)} item(s) about the same thing with other numbers",
        title_justify="left",
        show_lines=True,
    )
    for name in ("id", "speaker", "number", "about", "sentence", "sources"):
        table.add_column(name, overflow="fold", ratio=3 if name == "sentence" else None)
    for other in [item, *item.conflicts]:
        table.add_row(
            *map(
                cell,
                (
                    f"{other.id}{' (this)' if other.id == item.id else ''}",
                    other.speaker or "-",
                    other.number_text(),
                    about_text(other),
                    shorten(other.sentence, 300),
                    f"{other.outlets} outlet(s), {other.last_published or '?'}",
                ),
            )
        )
    return table
