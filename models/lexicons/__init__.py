"""Versioned lexicons: one entry per line, `#` starts a comment."""
