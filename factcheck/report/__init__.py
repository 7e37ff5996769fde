"""Outcomes of checks, how they are settled, the likely culprit, and the result of a run."""
