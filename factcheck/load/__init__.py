"""Loaders: bytes on disk to typed records. Loaders never print; they raise InputError."""
