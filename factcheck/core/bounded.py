"""Reading an open file without trusting what it says of its size (standard library only,
so that the result cache can use it before anything else is imported)."""

from __future__ import annotations

import os


def read_at_most(fd: int, limit: int) -> bytes | None:
    """The bytes of ``fd`` up to its end, or None when there are more than ``limit``: it
    stops one byte past the limit, so a file that never ends is never read to its end."""
    chunks: list[bytes] = []
    total = 0
    while total <= limit:
        chunk = os.read(fd, min(1 << 20, limit + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return None if total > limit else b"".join(chunks)
