"""Small WARC files for the hostile tests, written with warcio."""

from __future__ import annotations

import io
from pathlib import Path

PAGE = (
    "<html><head><title>Floods {i}</title></head><body><nav>Home | World</nav><article>"
    "<p>Officials said that {n} people were evacuated from the coast on Monday after the "
    "storm, and the mayor said about {m} homes were damaged.</p></article></body></html>"
)


def write_warc(path: Path, *, pages: int, gzip: bool = False) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as stream:
        writer = WARCWriter(stream, gzip=gzip)
        for i in range(pages):
            body = PAGE.format(i=i, n=1000 + i, m=20 + i).encode()
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.0"
            )
            record = writer.create_warc_record(
                f"https://example.org/{i}",
                "response",
                payload=io.BytesIO(body),
                http_headers=headers,
                warc_headers_dict={"WARC-Record-ID": f"<urn:uuid:page-{i}>"},
            )
            writer.write_record(record)
