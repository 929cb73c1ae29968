"""The strict law-data loader: one invalid file per error kind, each naming the file and key."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from knowledge.errors import LawDataError, NotInForceError
from knowledge.law import Law, default_law, load_file

VALID = """\
cap:
  description: 상한액
  unit: KRW
  values:
    2025-01-01: {value: 100, source: 법 제1조, confidence: A}
    2026-01-01: {value: 200, source: 법 제1조, confidence: B}
"""

INVALID_FILES = {
    "unknown parameter key": ("cap:\n  description: x\n  unit: KRW\n  colour: red\n  values:\n"
                              "    2025-01-01: {value: 1, source: s, confidence: A}\n", "cap", "알 수 없는 항목 'colour'"),
    "unknown value key": ("cap:\n  description: x\n  unit: KRW\n  values:\n"
                          "    2025-01-01: {value: 1, source: s, confidence: A, grade: B}\n", "cap@2025-01-01", "알 수 없는 항목 'grade'"),
    "duplicate parameter": ("cap:\n  description: x\n  unit: KRW\n  values:\n    2025-01-01: {value: 1, source: s, confidence: A}\n"
                            "cap:\n  description: y\n  unit: KRW\n  values:\n    2025-01-01: {value: 2, source: s, confidence: A}\n", "cap", "같은 키가 두 번"),
    "duplicate date": ("cap:\n  description: x\n  unit: KRW\n  values:\n    2025-01-01: {value: 1, source: s, confidence: A}\n"
                       "    2025-01-01: {value: 2, source: s, confidence: A}\n", "2025-01-01", "같은 키가 두 번"),
    "non-ISO date": ("cap:\n  description: x\n  unit: KRW\n  values:\n    2025/01/01: {value: 1, source: s, confidence: A}\n", "cap", "YYYY-MM-DD"),
    "impossible date": ("cap:\n  description: x\n  unit: KRW\n  values:\n    2025-02-30: {value: 1, source: s, confidence: A}\n", "cap", "없는 날짜"),
    "missing source": ("cap:\n  description: x\n  unit: KRW\n  values:\n    2025-01-01: {value: 1, confidence: A}\n", "cap@2025-01-01", "'source' 항목이 없어요"),
    "empty source": ("cap:\n  description: x\n  unit: KRW\n  values:\n    2025-01-01: {value: 1, source: '', confidence: A}\n", "cap@2025-01-01", "'source' 항목이 없어요"),
    "bad grade": ("cap:\n  description: x\n  unit: KRW\n  values:\n    2025-01-01: {value: 1, source: s, confidence: D}\n", "cap@2025-01-01", "A/B/C/UNVERIFIED"),
    "bad unit": ("cap:\n  description: x\n  unit: euro\n  values:\n    2025-01-01: {value: 1, source: s, confidence: A}\n", "cap", "알 수 없는 단위"),
    "no values": ("cap:\n  description: x\n  unit: KRW\n  values: {}\n", "cap", "하나 이상"),
    "missing description": ("cap:\n  unit: KRW\n  values:\n    2025-01-01: {value: 1, source: s, confidence: A}\n", "cap", "'description' 항목이 없어요"),
    "not a mapping": ("- just\n- a list\n", "-", "최상위"),
    "broken yaml": ("cap: [unclosed\n", "-", "YAML 문법 오류"),
}


@pytest.mark.parametrize("kind", sorted(INVALID_FILES))
def test_invalid_file_is_rejected_naming_file_and_key(tmp_path: Path, kind: str) -> None:
    text, key, message = INVALID_FILES[kind]
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LawDataError) as raised:
        load_file(path)
    assert str(path) in str(raised.value)
    assert key in str(raised.value)
    assert message in str(raised.value)


def test_values_apply_from_their_date_until_the_next(tmp_path: Path) -> None:
    path = tmp_path / "demo.yaml"
    path.write_text(VALID, encoding="utf-8")
    law = Law(load_file(path))
    assert law.at("demo.cap", date(2025, 12, 31)).value == 100
    assert law.at("demo.cap", date(2026, 1, 1)).value == 200
    assert law.at("demo.cap", date(2026, 1, 1)).confidence == "B"


def test_a_date_before_the_first_value_is_an_error_not_zero(tmp_path: Path) -> None:
    path = tmp_path / "demo.yaml"
    path.write_text(VALID, encoding="utf-8")
    with pytest.raises(NotInForceError) as raised:
        Law(load_file(path)).at("demo.cap", date(2024, 12, 31))
    assert "2025-01-01" in str(raised.value)


def test_the_knowledge_base_itself_loads_and_every_value_is_sourced() -> None:
    law = default_law()
    for name in law.names():
        for value in law.parameter(name).values:
            assert value.source.strip(), name
            assert value.confidence in ("A", "B", "C", "UNVERIFIED"), name
