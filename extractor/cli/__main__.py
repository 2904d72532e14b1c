"""`python -m extractor.cli`: the same as the `extract` command."""

from . import main

main()
