"""Exact intervals and decimals, the display of numbers, input errors, bounded reads, atomic writes."""
