"""factcheck: check the numbers in news articles against typed, rounding-aware claims."""

__version__ = "0.2.0.dev0"
