"""Tests mirror extractor/: one module per stage, plus gold, CLI and property tests."""
