"""benchmarks/_sections.py: the one writer of a '## ' section of benchmarks/RESULTS.md."""

import importlib.util
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parents[2] / "benchmarks" / "_sections.py"
_spec = importlib.util.spec_from_file_location("_sections", _PATH)
_sections = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_sections)

DOC = "# Benchmark results\n\n## A\n\nold a\n\n## B\n\nold b\n"


@pytest.mark.parametrize("before, heading, text, after", [
    (DOC, "## A", "## A\n\nnew a\n", "# Benchmark results\n\n## A\n\nnew a\n\n## B\n\nold b\n"),
    (DOC, "## B", "## B\n\nnew b\n", "# Benchmark results\n\n## A\n\nold a\n\n## B\n\nnew b\n"),
    (DOC, "## C", "## C\n\nc\n", DOC + "\n## C\n\nc\n"),
    (None, "## A", "## A\n\na\n", "# Benchmark results\n\n## A\n\na\n"),
    # a heading that only starts like another is not that section
    (DOC, "## A b", "## A b\n\nx\n", DOC + "\n## A b\n\nx\n"),
])
def test_write_section(tmp_path, before, heading, text, after):
    path = tmp_path / "RESULTS.md"
    if before is not None:
        path.write_text(before)
    _sections.write_section(path, heading, text)
    assert path.read_text() == after
    assert not path.with_suffix(".tmp").exists()
