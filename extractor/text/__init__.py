"""Shared English every stage reads: calendar words, number and scale words, names."""
