"""The review desk: a web app where fact-checkers work the claim queue, and a JSON API.

``create_app(DeskConfig(location=...))`` is the ASGI app `extract desk QUEUE` serves.

=========== ===========================================================================
app         configuration, per-thread queue connections, error responses
deps        who is signed in (session or API token), CSRF check, the list's filter
pages       server-rendered pages (Jinja2 templates in templates/, static/ assets)
api         the JSON API (OpenAPI at /api/openapi.json)
listing     the ranked, filtered, paged list in SQL
views       an item as shown: record, version, history, ranking breakdown, highlights
highlight   a sentence cut into plain and highlighted pieces
articles    articles pushed to the API: checked, extracted, fed to the queue
accounts    users (argon2), sessions and API tokens in the queue's database
security    headers, size limit, CSRF tokens, safe links
cli         `extract desk ...`
=========== ===========================================================================
"""

from .app import DeskConfig, create_app

__all__ = ["DeskConfig", "create_app"]
