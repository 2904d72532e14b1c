"""One reader for every input kind, used by ``extract FILE`` and ``extract batch`` alike.

``formats`` maps file names to formats, ``decode`` is the one size limit and UTF-8 check,
``records`` the one article record, ``pages`` HTML pages (through trafilatura) and their
date, ``files``/``jsonl``/``warc`` the readers, and ``dumps`` streams them for a batch.
"""
