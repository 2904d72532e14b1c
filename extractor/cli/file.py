"""`extract FILE`: the claims of one article, as JSON."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from ..batch.writers import claims_to_json, write_text_atomic
from ..inputs.decode import DEFAULT_MAX_BYTES, DEFAULT_MAX_HTML_BYTES
from ..inputs.files import read_article
from ..inputs.formats import ARTICLE_FORMATS
from ..nlp import DEFAULT_MODEL
from .errors import EXIT_USAGE, exit_on_errors, fail

Article = Annotated[str, typer.Argument(help="An article as UTF-8 text; - reads standard input.")]
Published = Annotated[
    str | None,
    typer.Option(help="The article's publication date, YYYY-MM-DD, for relative dates."),
]
Format = Annotated[
    str, typer.Option("--format", help="json (an array) or jsonl (one record per line).")
]
Output = Annotated[
    Path | None, typer.Option("-o", "--output", help="Write here instead of stdout.")
]
Model = Annotated[str, typer.Option(help="Any installed spaCy English pipeline.")]
MaxBytes = Annotated[int, typer.Option(min=1, help="Refuse larger files (not an article).")]
MaxHtmlBytes = Annotated[int, typer.Option(min=1, help="Refuse larger HTML pages.")]
InputFormat = Annotated[
    str,
    typer.Option(help="auto (HTML by .html/.htm/.xhtml or a leading <html>), text or html."),
]
SaveText = Annotated[
    Path | None,
    typer.Option(help="HTML input: write the article text that the offsets index here."),
]


def file_command(
    article: Article,
    published: Published = None,
    fmt: Format = "json",
    output: Output = None,
    model: Model = DEFAULT_MODEL,
    max_bytes: MaxBytes = DEFAULT_MAX_BYTES,
    max_html_bytes: MaxHtmlBytes = DEFAULT_MAX_HTML_BYTES,
    input_format: InputFormat = "auto",
    save_text: SaveText = None,
) -> None:
    """Print the claims of one article as JSON (the default command: `extract article.txt`).

    An HTML page goes through trafilatura first: navigation, share buttons and comments
    are dropped, its title, site and date are kept, and offsets index the article text.
    """
    if fmt not in ("json", "jsonl"):
        raise fail(f"--format must be json or jsonl, not {fmt!r}", EXIT_USAGE)
    if input_format not in ARTICLE_FORMATS:
        raise fail(f"--input-format must be auto, text or html, not {input_format!r}", EXIT_USAGE)
    from ..pipeline import parse_published, resident_extractor

    with exit_on_errors():
        parse_published(published)
        record = read_article(
            article,
            fmt=input_format,
            max_bytes=max_bytes,
            max_html_bytes=max_html_bytes,
            published=published,
        )
        if save_text is not None and record.from_html:
            write_text_atomic(save_text, record.text)
        if not record.text.strip():
            typer.echo(f"extract: warning: {record.origin}: empty article, no claims", err=True)
        claims = resident_extractor(model)(
            record.text, published=record.usable_published(), doc_id=record.id
        )
        claims = [claim.model_copy(update=record.claim_metadata()) for claim in claims]
        rendered = claims_to_json(claims, fmt=fmt)
        if output is None:
            sys.stdout.write(rendered)
        else:
            write_text_atomic(output, rendered)
