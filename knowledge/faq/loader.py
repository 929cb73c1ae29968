"""Strict loader of the rule-question data files `knowledge/faq/data/*.yaml`.

Each file holds one topic::

    topic: 배우자 출산휴가
    entries:
      spouse_leave_days:                 # snake_case key, unique across all files
        question: 배우자 출산휴가는 며칠이에요?
        answer: 20일이고 모두 유급이에요. …  # 해요체, 2–5 short sentences
        basis: 남녀고용평등법 제18조의2 제1항
        effective_from: 2025-02-23         # the day the rule took effect
        effective_exact: true              # false: start unknown/older, "… 기준 시행 중"
        changed_from: 10일이었어요.         # completes "예전에는 …"; null if unchanged
        confidence: A                      # A / B / C / UNVERIFIED (fact sheet grades)
        programs: [spouse_birth_leave]
        versions:                          # optional later answers, newest last
          - {from: 2026-09-18, answer: …, basis: …, changed_from: …, confidence: …}

Law figures may be written as parameter names (`{spouse_birth_leave.days}일`, see `figures.py`).
Anything unexpected (unknown or duplicate key, missing basis or date, bad grade, unknown
program id, unknown parameter) raises `LawDataError` naming the file and the key.
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from pathlib import Path

from knowledge import list_programs
from knowledge.errors import LawDataError
from knowledge.faq.figures import check_references, fill
from knowledge.faq.model import FaqEntry, FaqVersion
from knowledge.strict_yaml import read_yaml
from knowledge.law import Law, default_law

DATA_DIR = Path(__file__).parent / "data"
FILE_KEYS = {"topic": True, "entries": True}
ENTRY_KEYS = {"question": True, "answer": True, "basis": True, "effective_from": True,
              "effective_exact": False, "changed_from": True, "confidence": True,
              "programs": True, "versions": False}
VERSION_KEYS = {"from": True, "answer": True, "basis": False, "changed_from": False,
                "confidence": False}
CONFIDENCE_GRADES = ("A", "B", "C", "UNVERIFIED")
KEY_PATTERN = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# A phone screen shows about 300 Korean characters without scrolling.
MAX_ANSWER_CHARS = 300
def _check_keys(path: str, key: str, found: object, allowed: dict[str, bool]) -> dict:
    if not isinstance(found, dict):
        raise LawDataError(path, key, "매핑이어야 해요")
    for name in found:
        if name not in allowed:
            raise LawDataError(path, key, f"알 수 없는 항목 '{name}'")
    for name, required in allowed.items():
        if required and name not in found:
            raise LawDataError(path, key, f"'{name}' 항목이 없어요")
    return found


def _parse_date(path: str, key: str, text: object) -> date:
    if not isinstance(text, str) or not ISO_DATE.match(text):
        raise LawDataError(path, key, f"날짜 '{text}'는 YYYY-MM-DD 형식이 아니에요")
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise LawDataError(path, key, f"날짜 '{text}'는 없는 날짜예요") from error


def _text(path: str, key: str, field: str, value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise LawDataError(path, key, f"'{field}'는 비어 있지 않은 문자열이어야 해요")
    return " ".join(value.split())


def _optional_text(path: str, key: str, field: str, value: object) -> str | None:
    return None if value is None else _text(path, key, field, value)


def _answer(path: str, key: str, value: object) -> str:
    """An answer is 해요체 (ends in "요.")."""
    answer = _text(path, key, "answer", value)
    if not answer.endswith(("요.", "요!", "요?")):
        raise LawDataError(path, key, "답변은 해요체로 끝나야 해요 ('…요.')")
    return answer


def _grade(path: str, key: str, value: object) -> str:
    if value not in CONFIDENCE_GRADES:
        raise LawDataError(path, key, f"confidence '{value}'는 A/B/C/UNVERIFIED 중 하나여야 해요")
    return str(value)


@lru_cache(maxsize=1)
def _known_programs() -> frozenset[str]:
    """Program ids as fixed in shared/API.md §1 (the knowledge base's own list)."""
    return frozenset(program["id"] for program in list_programs())


def _programs(path: str, key: str, value: object) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise LawDataError(path, key, "'programs'는 프로그램 id 목록이어야 해요")
    unknown = [item for item in value if item not in _known_programs()]
    if unknown:
        raise LawDataError(path, key, f"알 수 없는 프로그램 id {unknown}")
    return tuple(value)


def _first_version(path: str, key: str, raw: dict) -> FaqVersion:
    return FaqVersion(
        valid_from=_parse_date(path, key, raw["effective_from"]),
        answer=_answer(path, key, raw["answer"]),
        basis=_text(path, key, "basis", raw["basis"]),
        changed_from=_optional_text(path, key, "changed_from", raw["changed_from"]),
        confidence=_grade(path, key, raw["confidence"]),
    )


def _later_version(path: str, key: str, raw: object, previous: FaqVersion) -> FaqVersion:
    fields = _check_keys(path, f"{key}.versions", raw, VERSION_KEYS)
    valid_from = _parse_date(path, key, fields["from"])
    if valid_from <= previous.valid_from:
        raise LawDataError(path, key, f"versions 날짜 {valid_from}는 앞 버전보다 늦어야 해요")
    changed = fields.get("changed_from", previous.changed_from)
    return FaqVersion(
        valid_from=valid_from,
        answer=_answer(path, key, fields["answer"]),
        basis=_text(path, key, "basis", fields.get("basis", previous.basis)),
        changed_from=_optional_text(path, key, "changed_from", changed),
        confidence=_grade(path, key, fields.get("confidence", previous.confidence)),
    )


def _versions(path: str, key: str, raw: dict) -> tuple[FaqVersion, ...]:
    versions = [_first_version(path, key, raw)]
    later = raw.get("versions") or []
    if not isinstance(later, list):
        raise LawDataError(path, key, "'versions'는 목록이어야 해요")
    for item in later:
        versions.append(_later_version(path, key, item, versions[-1]))
    return tuple(versions)


def _check_figures(path: str, key: str, versions: tuple[FaqVersion, ...], law: Law) -> None:
    """Every figure exists from the version's start, and the filled answer fits a phone screen."""
    for version in versions:
        for text in (version.answer, version.changed_from or ""):
            check_references(path, key, text, [version.valid_from], law)
        length = len(fill(version.answer, version.valid_from, law).text)
        if length > MAX_ANSWER_CHARS:
            raise LawDataError(path, key, f"답변이 {length}자예요: {MAX_ANSWER_CHARS}자 이하로 줄여 주세요")


def _parse_entry(path: str, topic: str, key: object, raw: object, law: Law) -> FaqEntry:
    if not isinstance(key, str) or not KEY_PATTERN.match(key):
        raise LawDataError(path, str(key), "키는 snake_case 영문이어야 해요")
    fields = _check_keys(path, key, raw, ENTRY_KEYS)
    exact = fields.get("effective_exact", True)
    if not isinstance(exact, bool):
        raise LawDataError(path, key, "'effective_exact'는 true/false여야 해요")
    versions = _versions(path, key, fields)
    _check_figures(path, key, versions, law)
    return FaqEntry(
        key=key, topic=topic, question=_text(path, key, "question", fields["question"]),
        programs=_programs(path, key, fields["programs"]),
        effective_exact=exact, versions=versions, source_file=path,
    )


def load_file(path: Path, law: Law | None = None) -> dict[str, FaqEntry]:
    """Load one topic file strictly; every error names the file and the key."""
    law = law or default_law()
    name = str(path)
    data = _check_keys(name, "-", read_yaml(path), FILE_KEYS)
    topic = _text(name, "topic", "topic", data["topic"])
    if not isinstance(data["entries"], dict) or not data["entries"]:
        raise LawDataError(name, "entries", "질문 항목이 하나 이상 있어야 해요")
    return {key: _parse_entry(name, topic, key, raw, law) for key, raw in data["entries"].items()}


def load_directory(directory: Path, law: Law | None = None) -> dict[str, FaqEntry]:
    """Load every `*.yaml` of `directory`; a key defined in two files is an error."""
    entries: dict[str, FaqEntry] = {}
    for path in sorted(directory.glob("*.yaml")):
        for key, entry in load_file(path, law).items():
            if key in entries:
                raise LawDataError(str(path), key, f"키가 {entries[key].source_file}에도 있어요")
            entries[key] = entry
    return entries
