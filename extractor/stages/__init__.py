"""The decisions, one folder each: quantities, dates, attribution, about."""
