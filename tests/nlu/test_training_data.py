"""The Korean NLU training and held-out data, read with Rasa's own reader.

Checks the rules of `nlu_data/README.md`: enough examples for every fixed intent of the brief,
about a fifth held out and never trained on, only the contract's entity names, and every
annotated value normalised the way the rule layer normalises it (ints, ISO dates, API ids).
"""
from __future__ import annotations

import re
from collections import Counter
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import pytest
from rasa.shared.nlu.training_data.loading import load_data
from rasa.shared.nlu.training_data.message import Message

from knowledge.case import GENDERS, INDUSTRIES, ROLES

NLU_DATA = Path(__file__).resolve().parents[2] / "nlu_data"
MESSAGE_DATE = date(2026, 11, 24)  # fixed message date the relative dates are resolved against

FIXED_INTENTS = {
    "greet", "goodbye", "thanks", "affirm", "deny", "restart", "out_of_scope", "chitchat",
    "human_handoff", "bot_challenge", "inform", "correct", "ask_program_info", "ask_eligibility",
    "ask_amount", "ask_how_to_apply", "ask_deadline", "ask_employer_obligation", "ask_refusal_rule",
    "ask_penalty", "ask_employer_subsidy", "ask_what_if", "ask_why_not", "ask_plan", "check_my_case",
}
# Program ids, fixed by shared/API.md ("Program ids (fixed)").
PROGRAM_IDS = {
    "maternity_leave", "miscarriage_leave", "spouse_birth_leave", "spouse_miscarriage_leave",
    "parental_leave", "short_parental_leave", "parents_6plus6", "single_parent_leave_bonus",
    "childcare_reduced_hours", "pregnancy_reduced_hours", "fertility_leave", "family_care_leave",
    "family_care_absence", "family_care_reduced_hours", "parental_leave_subsidy",
    "reduced_hours_subsidy", "replacement_worker_subsidy", "work_sharing_subsidy",
    "worklife_hours_incentive", "late_start_support", "flexible_work_incentive",
    "worklife_system_support", "worklife_45_project", "work_innovation_incentive",
    "worklife_excellent_company", "childcare_planner", "talent_bank", "happy_industrial_complex",
    "workplace_consulting", "seoul_remote_work_support", "seoul_worklife_points", "guro_workation",
}
CONDITIONS = {
    "single_parent", "multiple_pregnancy", "high_risk_pregnancy", "premature", "disabled_child",
    "fertility_treatment", "family_care", "miscarriage", "stillbirth", "spouse_pregnant",
}
RELATIONS = {"self", "spouse"}
# entity -> (lower, upper) for integer values, bounds as lower <= value < upper
INT_RANGES = {
    "child_age_months": (0, 241),
    "child_grade": (0, 7),
    "pregnancy_weeks": (1, 43),
    "monthly_wage": (100_000, 100_000_000),  # law-data-ok: plausibility bounds, not law values
    "headcount": (1, 100_000),
}
NUMBER_RANGES = {"weekly_hours": (1, 69), "duration_months": (0.25, 73)}
DATE_ENTITIES = {"child_birth_date", "due_date", "date"}
ENUMS = {
    "program": PROGRAM_IDS, "industry": set(INDUSTRIES), "condition": CONDITIONS,
    "role": set(ROLES), "gender": set(GENDERS), "relation": RELATIONS,
}
ALLOWED_ENTITIES = set(INT_RANGES) | set(NUMBER_RANGES) | DATE_ENTITIES | set(ENUMS)
RELATIVE_DATE_WORDS = re.compile(r"다음 ?달|다다음 ?달|내년|작년|올해|내일|모레|다음 ?주")
PARAGRAPH_MIN, PARAGRAPH_MAX = 300, 1000
# files of the NLU data set (train/faq.yml, the rule questions with their FAQ key, and
# train/program_synonyms.yml belong to other parts; their examples are still checked here)
DATA_FILES = ("greetings.yml", "meta.yml", "programs.yml", "planning.yml", "inform.yml",
              "employer.yml", "paragraphs.yml")


def _files(split: str) -> list[Path]:
    return sorted(p for p in (NLU_DATA / split).glob("*.yml"))


@lru_cache(maxsize=None)
def _examples(split: str) -> tuple[Message, ...]:
    """All examples of the fixed intents in one split (the FAQ's rule questions included)."""
    messages: list[Message] = []
    for path in _files(split):
        data = load_data(str(path), language="ko")
        messages.extend(m for m in data.intent_examples if m.get("intent") in FIXED_INTENTS)
    return tuple(messages)


def _key(text: str) -> str:
    """Comparison key: the same message typed with other spacing or case is the same example."""
    return re.sub(r"\s+", "", text).lower()


def _all_examples() -> list[Message]:
    return list(_examples("train")) + list(_examples("heldout"))


def test_at_least_2000_examples_across_train_and_heldout() -> None:
    assert len(_all_examples()) >= 2000


@pytest.mark.parametrize("intent", sorted(FIXED_INTENTS))
def test_every_intent_has_30_training_examples(intent: str) -> None:
    counts = Counter(m.get("intent") for m in _examples("train"))
    assert counts[intent] >= 30, f"{intent}: {counts[intent]}"


def test_about_a_fifth_is_held_out() -> None:
    train, heldout = len(_examples("train")), len(_examples("heldout"))
    assert 0.15 <= heldout / (train + heldout) <= 0.25


def test_every_intent_is_in_the_heldout_set() -> None:
    assert {m.get("intent") for m in _examples("heldout")} == FIXED_INTENTS


def test_no_example_is_both_trained_on_and_held_out() -> None:
    train = {_key(m.get("text")) for m in _examples("train")}
    shared = [m.get("text") for m in _examples("heldout") if _key(m.get("text")) in train]
    assert shared == []


def test_the_agreement_record_matches_the_heldout_labels() -> None:
    """nlu_data/agreement/heldout_intents.tsv records two annotators and the adjudicated label;
    the held-out set must hold exactly the adjudicated label for every recorded message."""
    import csv

    with (NLU_DATA / "agreement" / "heldout_intents.tsv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    heldout = {m.get("text"): m.get("intent") for m in _examples("heldout")}
    mismatched = [(r["text"], r["adjudicated"], heldout.get(r["text"])) for r in rows
                  if heldout.get(r["text"]) != r["adjudicated"]]
    assert len(rows) >= 600
    assert mismatched == []


def test_no_example_is_labelled_with_two_intents() -> None:
    labels: dict[str, set[str]] = {}
    for message in _all_examples():
        labels.setdefault(_key(message.get("text")), set()).add(message.get("intent"))
    assert {text: intents for text, intents in labels.items() if len(intents) > 1} == {}


def test_heldout_layout_matches_train() -> None:
    assert {p.name for p in _files("heldout")} <= {p.name for p in _files("train")}


def _entities() -> list[tuple[str, dict]]:
    return [(m.get("text"), e) for m in _all_examples() for e in m.get("entities") or []]


def test_every_entity_name_is_in_the_contract() -> None:
    assert {e["entity"] for _, e in _entities()} <= ALLOWED_ENTITIES


def test_every_entity_type_is_used() -> None:
    assert {e["entity"] for _, e in _entities()} == ALLOWED_ENTITIES


def _value_problem(entity: str, value: str) -> str | None:
    """Why a normalised value is malformed for its entity type, or None when it is well formed."""
    if not isinstance(value, str):
        return "value is not a string"
    if entity in INT_RANGES:
        lower, upper = INT_RANGES[entity]
        ok = re.fullmatch(r"\d+", value) is not None and lower <= int(value) < upper
        return None if ok else "not an int in range"
    if entity in NUMBER_RANGES:
        lower, upper = NUMBER_RANGES[entity]
        ok = re.fullmatch(r"\d+(\.\d+)?", value) is not None and lower <= float(value) < upper
        return None if ok else "not a number in range"
    if entity in DATE_ENTITIES:
        return _date_problem(entity, value)
    return None if value in ENUMS[entity] else "not an allowed id"


def _date_problem(entity: str, value: str) -> str | None:
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) is None:
        return "not an ISO date"
    try:
        day = date.fromisoformat(value)
    except ValueError:
        return "impossible date"
    if entity == "child_birth_date" and not day <= MESSAGE_DATE:
        return "birth after the message date"
    if entity == "due_date" and not MESSAGE_DATE <= day < date(2027, 9, 1):
        return "due date not within the coming pregnancy"
    return None


def test_every_annotated_value_is_normalised() -> None:
    problems = [
        (text[:60], e["entity"], e["value"], why)
        for text, e in _entities()
        if (why := _value_problem(e["entity"], e["value"])) is not None
    ]
    assert problems == []


def test_value_checker_rejects_malformed_values() -> None:
    assert _value_problem("headcount", "50명") is not None
    assert _value_problem("monthly_wage", "300") is not None
    assert _value_problem("due_date", "2027-02-30") is not None
    assert _value_problem("program", "육휴") is not None
    assert _value_problem("weekly_hours", "30") is None


@pytest.mark.parametrize(
    ("fragment", "entity", "value"),
    [
        ("월 300", "monthly_wage", "3000000"),
        ("연봉 3600", "monthly_wage", "3000000"),
        ("5인 미만", "headcount", "4"),
        ("육휴", "program", "parental_leave"),
        ("배출휴가", "program", "spouse_birth_leave"),
        ("다음 달", "date", "2026-12-01"),
        ("하루 6시간", "weekly_hours", "30"),
        ("1년 반", "duration_months", "18"),
        ("돌", "child_age_months", "12"),
        ("쌍둥이", "condition", "multiple_pregnancy"),
    ],
)
def test_readme_examples_are_annotated_as_documented(fragment: str, entity: str, value: str) -> None:
    spans = {(text[e["start"]:e["end"]], e["entity"], e["value"]) for text, e in _entities()}
    assert (fragment, entity, value) in spans


def _surface_values(entities: Iterable[tuple[str, dict]]) -> dict[str, set[str]]:
    """Surface word → the values it is annotated with, where a value differs from the word.

    Rasa builds its synonym table from these, keyed on the surface word alone."""
    values: dict[str, set[str]] = {}
    for text, entity in entities:
        surface = text[entity["start"]:entity["end"]]
        if entity["value"] != surface:
            values.setdefault(surface, set()).add(entity["value"])
    return values


def test_one_surface_word_maps_to_one_value() -> None:
    """Rasa's synonym table is keyed on the surface word alone, whatever the entity type."""
    values = _surface_values(_entities())
    assert {surface: found for surface, found in values.items() if len(found) > 1} == {}


def test_quantity_spans_never_end_in_a_particle() -> None:
    particle = re.compile(r"(이에요|예요|이요|에서|으로|은|는|을|를|이|가|요)$")
    quantities = set(INT_RANGES) | set(NUMBER_RANGES) | DATE_ENTITIES
    spans = [text[e["start"]:e["end"]] for text, e in _entities() if e["entity"] in quantities]
    assert [span for span in spans if particle.search(span)] == []


def test_at_least_40_story_paragraphs() -> None:
    lengths = [len(m.get("text")) for m in _all_examples() if len(m.get("text")) >= PARAGRAPH_MIN]
    assert len(lengths) >= 40
    assert max(lengths) <= PARAGRAPH_MAX


def test_paragraphs_carry_annotated_facts() -> None:
    paragraphs = [m for m in _all_examples() if len(m.get("text")) >= PARAGRAPH_MIN]
    assert all(len(m.get("entities") or []) >= 3 for m in paragraphs)
    assert len({m.get("intent") for m in paragraphs}) >= 10


@pytest.mark.parametrize("split", ["train", "heldout"])
def test_every_data_file_exists(split: str) -> None:
    assert {p.name for p in _files(split)} >= set(DATA_FILES)


def test_files_with_relative_dates_state_the_message_date() -> None:
    paths = [NLU_DATA / split / name for split in ("train", "heldout") for name in DATA_FILES]
    for path in paths:
        text = path.read_text(encoding="utf-8")
        examples = "\n".join(line for line in text.splitlines() if line.lstrip().startswith("- "))
        if RELATIVE_DATE_WORDS.search(examples):
            header = "\n".join(line for line in text.splitlines() if line.startswith("#"))
            assert "2026-11-24" in header, path.name
