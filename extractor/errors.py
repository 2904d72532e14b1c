"""Typed errors. The library raises these; only the CLI prints them and sets exit codes."""


class ExtractorError(Exception):
    """Base class: the message says what is wrong and, where it can, what to do."""


class InputError(ExtractorError):
    """An input cannot be read as an article: missing, a directory, binary, not UTF-8, too large."""


class ModelError(ExtractorError):
    """A spaCy pipeline or a resource under ``models/`` cannot be loaded."""


class GoldError(ExtractorError):
    """A gold file is malformed or its spans do not match its article."""
