"""A law's effective date reaches users from the parameter data, never from a Python literal."""
from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"
FULL_DATE = re.compile(r"\d{4}년 \d{1,2}월 \d{1,2}일|\d{4}-\d{2}-\d{2}")


def dated_literals(path: Path) -> list[str]:
    """String literals (docstrings excepted) that spell out a full date."""
    tokens = tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline)
    return [f"{path.name}:{token.start[0]}: {token.string[:60]}" for token in tokens
            if token.type == tokenize.STRING and not token.string.startswith(('"""', "'''"))
            and FULL_DATE.search(token.string)]


def test_no_full_date_is_written_in_knowledge_python() -> None:
    found = [hit for path in sorted(KNOWLEDGE.rglob("*.py")) if "faq" not in path.parts
             for hit in dated_literals(path)]
    assert found == []
