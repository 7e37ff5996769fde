from pathlib import Path

from factcheck.atomic import atomic_write


def test_atomic_write_replaces_and_keeps_mode(tmp_path: Path) -> None:
    target = tmp_path / "report.txt"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    atomic_write(target, "new ✓")
    assert target.read_text(encoding="utf-8") == "new ✓"
    assert target.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["report.txt"]


def test_new_file_is_readable_like_any_other(tmp_path: Path) -> None:
    target = tmp_path / "new.txt"
    atomic_write(target, "x")
    assert target.stat().st_mode & 0o044
