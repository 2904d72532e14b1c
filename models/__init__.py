"""Versioned data the extractor loads: lexicons and patterns (read with importlib.resources)."""
