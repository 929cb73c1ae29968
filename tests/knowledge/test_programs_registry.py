"""Every program id of shared/API.md is known, in API order, and appears in every result."""
from __future__ import annotations

from knowledge import describe_program, evaluate, list_programs
from knowledge.programs import PROGRAM_IDS

API_AUDIENCES = {"worker": 14, "employer": 11, "service": 7}


def test_every_api_program_id_is_implemented_in_api_order() -> None:
    assert [p["id"] for p in list_programs()] == list(PROGRAM_IDS)
    assert len(PROGRAM_IDS) == sum(API_AUDIENCES.values())


def test_audiences_match_the_api_grouping() -> None:
    counts: dict[str, int] = {}
    for program in list_programs():
        counts[program["audience"]] = counts.get(program["audience"], 0) + 1
    assert counts == API_AUDIENCES


def test_every_result_lists_every_program() -> None:
    result = evaluate({"role": "employer", "as_of": "2026-11-24", "company": {"headcount": 40}})
    assert [p.id for p in result.programs] == list(PROGRAM_IDS)


def test_every_program_can_be_described_in_korean() -> None:
    for program_id in PROGRAM_IDS:
        described = describe_program(program_id, None)
        assert described["summary"], program_id
        assert all(any("가" <= ch <= "힣" for ch in line) for line in described["summary"]), program_id
        assert described["basis"], program_id
