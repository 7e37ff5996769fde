"""``python -m factcheck.lexicon``: rebuild prebuilt.json from the lexicons' TOML files."""

from pathlib import Path

from factcheck.lexicon import PREBUILT, prebuilt_text

target = Path(__file__).with_name(PREBUILT)
target.write_text(prebuilt_text(), encoding="utf-8")
print(f"wrote {target}")
