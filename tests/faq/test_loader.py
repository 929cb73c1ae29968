"""The FAQ loader rejects every malformed data file with the file and the key in the message."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.errors import KnowledgeError, LawDataError
from knowledge.faq.loader import load_directory, load_file

GOOD_ENTRY = """\
  spouse_leave_days:
    question: 배우자 출산휴가는 며칠이에요?
    answer: 배우자 출산휴가는 20일이에요. 모두 유급이에요.
    basis: 남녀고용평등법 제18조의2
    effective_from: 2025-02-23
    changed_from: 10일이었어요.
    confidence: A
    programs: [spouse_birth_leave]
"""


def write(directory: Path, name: str, entries: str, topic: str = "배우자 출산휴가") -> Path:
    path = directory / name
    path.write_text(f"topic: {topic}\nentries:\n{entries}", encoding="utf-8")
    return path


def error_for(path: Path) -> str:
    with pytest.raises(LawDataError) as caught:
        load_file(path)
    return str(caught.value)


def test_a_good_file_loads_with_its_dates_and_grade(tmp_path: Path) -> None:
    entries = load_file(write(tmp_path, "good.yaml", GOOD_ENTRY))
    entry = entries["spouse_leave_days"]
    assert str(entry.effective_from) == "2025-02-23"
    assert entry.confidence == "A"
    assert entry.programs == ("spouse_birth_leave",)
    assert entry.topic == "배우자 출산휴가"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("    basis: 남녀고용평등법 제18조의2\n", ""), "'basis' 항목이 없어요"),
        (("    effective_from: 2025-02-23\n", ""), "'effective_from' 항목이 없어요"),
        (("    changed_from: 10일이었어요.\n", ""), "'changed_from' 항목이 없어요"),
        (("    confidence: A\n", "    confidence: A\n    source: blog\n"), "알 수 없는 항목 'source'"),
        (("confidence: A", "confidence: D"), "confidence 'D'는 A/B/C/UNVERIFIED 중 하나여야 해요"),
        (("2025-02-23", "2025-02-30"), "날짜 '2025-02-30'는 없는 날짜예요"),
        (("2025-02-23", "23.02.2025"), "날짜 '23.02.2025'는 YYYY-MM-DD 형식이 아니에요"),
        (("[spouse_birth_leave]", "[paternity_leave]"), "알 수 없는 프로그램 id ['paternity_leave']"),
        (("모두 유급이에요.", "모두 유급임."), "답변은 해요체로 끝나야 해요"),
        (("spouse_leave_days:", "SpouseLeaveDays:"), "키는 snake_case 영문이어야 해요"),
    ],
)
def test_each_kind_of_bad_entry_is_rejected_naming_file_and_key(
        tmp_path: Path, change: tuple[str, str], message: str) -> None:
    path = write(tmp_path, "bad.yaml", GOOD_ENTRY.replace(*change))
    text = error_for(path)
    assert text.startswith(f"{path}: ")
    assert message in text
    key = "SpouseLeaveDays" if "snake_case" in message else "spouse_leave_days"
    assert f": {key}" in text


def test_a_too_long_answer_is_rejected(tmp_path: Path) -> None:
    long_answer = "배우자 출산휴가는 20일이에요. " * 20 + "모두 유급이에요."
    path = write(tmp_path, "long.yaml", GOOD_ENTRY.replace(
        "배우자 출산휴가는 20일이에요. 모두 유급이에요.", long_answer))
    assert "300자 이하로 줄여 주세요" in error_for(path)


def test_a_key_written_twice_in_one_file_is_rejected(tmp_path: Path) -> None:
    path = write(tmp_path, "twice.yaml", GOOD_ENTRY + GOOD_ENTRY)
    assert error_for(path) == f"{path}: spouse_leave_days: 같은 키가 두 번 있어요"


def test_a_key_defined_in_two_files_is_rejected(tmp_path: Path) -> None:
    first = write(tmp_path, "a.yaml", GOOD_ENTRY)
    second = write(tmp_path, "b.yaml", GOOD_ENTRY)
    with pytest.raises(LawDataError) as caught:
        load_directory(tmp_path)
    assert str(caught.value) == f"{second}: spouse_leave_days: 키가 {first}에도 있어요"


def test_an_unknown_top_level_key_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "top.yaml"
    path.write_text(f"topic: x\nowner: me\nentries:\n{GOOD_ENTRY}", encoding="utf-8")
    assert error_for(path) == f"{path}: -: 알 수 없는 항목 'owner'"


def test_versions_must_move_forward_in_time(tmp_path: Path) -> None:
    versions = ("    versions:\n      - from: 2025-01-01\n"
                "        answer: 배우자 출산휴가는 10일이에요. 일부만 유급이에요.\n")
    path = write(tmp_path, "order.yaml", GOOD_ENTRY + versions)
    assert "versions 날짜 2025-01-01는 앞 버전보다 늦어야 해요" in error_for(path)


def test_a_version_with_an_unknown_field_is_rejected(tmp_path: Path) -> None:
    versions = ("    versions:\n      - from: 2026-09-18\n        text: 20일이에요.\n"
                "        answer: 배우자 출산휴가는 20일이에요. 출산 전에도 써요.\n")
    path = write(tmp_path, "version.yaml", GOOD_ENTRY + versions)
    assert "spouse_leave_days.versions: 알 수 없는 항목 'text'" in error_for(path)


def test_broken_yaml_is_reported_as_a_knowledge_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text("topic: [unclosed\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match="YAML 문법 오류"):
        load_file(path)
