"""Load YAML scenarios (named as Korean sentences) and check a result against their expectations.

A scenario file is a list of:

    - name: 2026년 월 통상임금 300만원 근로자가 12개월 육아휴직하면 총 2,310만원
      example: 1                       # worked example number of the fact sheet, if any
      case: {role: worker, ...}        # Case JSON (shared/API.md)
      expect:
        parental_leave:                # program id → expected fields (any subset)
          status: eligible
          total: 23100000              # benefit.total
          monthly: [2500000, ...]      # benefit.monthly amounts in order
          employer_cost: 0
          missing_facts: [worker.insured_days]
          max_months: 12               # duration.*
          max_days: 90
          paid_days: 60
          apply_from: 2027-01-01
          apply_until: 2028-12-31
          usage_from: 2026-10-01       # apply.usage_window (when the leave itself may be used)
          usage_until: 2027-01-28
          reason_contains: 만 8세       # some reason text or basis contains this
          note_contains: 함께 받을 수 없어요   # some note contains this
          caveat_contains: 서울시       # some caveat contains this
          caveats_exclude: 1350        # no caveat contains this
          excludes: [work_sharing_subsidy]   # programs not payable together with this one
      error: {field: worker.monthly_wage}   # instead of expect: evaluation must fail so
      not_in_force: true                    # or: the date is outside the modelled range
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

SCENARIO_DIR = Path(__file__).parent / "scenarios"
SCALAR_FIELDS = ("status", "employer_cost")
DURATION_FIELDS = ("max_months", "max_days", "paid_days")


def load_scenarios(directory: Path = SCENARIO_DIR) -> list[dict[str, Any]]:
    scenarios = []
    for path in sorted(directory.glob("*.yaml")):
        for item in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            item["file"] = path.name
            scenarios.append(item)
    return scenarios


def _stringify_dates(value: Any) -> Any:
    """YAML turns 2026-01-01 into a date; the Case JSON wants text."""
    if isinstance(value, dict):
        return {k: _stringify_dates(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_stringify_dates(v) for v in value]
    return value.isoformat() if hasattr(value, "isoformat") else value


def case_of(scenario: dict[str, Any]) -> dict[str, Any]:
    return _stringify_dates(scenario["case"])


def check_program(program: dict[str, Any], expected: dict[str, Any]) -> list[str]:
    """Differences between a program's result (dict) and the expectation; empty when it matches."""
    problems = []
    expected = _stringify_dates(expected)
    for key in SCALAR_FIELDS:
        if key in expected and program[key] != expected[key]:
            problems.append(f"{key}: {program[key]!r} != {expected[key]!r}")
    benefit = program["benefit"] or {}
    if "total" in expected and benefit.get("total") != expected["total"]:
        problems.append(f"total: {benefit.get('total')!r} != {expected['total']!r}")
    if "monthly" in expected and [m["amount"] for m in benefit.get("monthly", [])] != expected["monthly"]:
        problems.append(f"monthly: {[m['amount'] for m in benefit.get('monthly', [])]} != {expected['monthly']}")
    if "missing_facts" in expected and program["missing_facts"] != expected["missing_facts"]:
        problems.append(f"missing_facts: {program['missing_facts']} != {expected['missing_facts']}")
    for key in DURATION_FIELDS:
        if key in expected and (program["duration"] or {}).get(key) != expected[key]:
            problems.append(f"duration.{key}: {(program['duration'] or {}).get(key)!r} != {expected[key]!r}")
    for key, field in (("apply_from", "from"), ("apply_until", "until")):
        if key in expected and (program["apply"] or {}).get(field) != expected[key]:
            problems.append(f"apply.{field}: {(program['apply'] or {}).get(field)!r} != {expected[key]!r}")
    window = (program["apply"] or {}).get("usage_window") or {}
    for key, field in (("usage_from", "from"), ("usage_until", "until")):
        if key in expected and window.get(field) != expected[key]:
            problems.append(f"apply.usage_window.{field}: {window.get(field)!r} != {expected[key]!r}")
    if "reason_contains" in expected:
        texts = " / ".join(r["text"] + " " + r["basis"] for r in program["reasons"])
        if expected["reason_contains"] not in texts:
            problems.append(f"no reason contains {expected['reason_contains']!r}: {texts}")
    for key, field in (("note_contains", "notes"), ("caveat_contains", "caveats")):
        if key in expected and not any(expected[key] in text for text in program[field]):
            problems.append(f"no {field[:-1]} contains {expected[key]!r}: {program[field]}")
    if "caveats_exclude" in expected and any(expected["caveats_exclude"] in text for text in program["caveats"]):
        problems.append(f"a caveat contains {expected['caveats_exclude']!r}: {program['caveats']}")
    if "excludes" in expected and program["excludes"] != expected["excludes"]:
        problems.append(f"excludes: {program['excludes']} != {expected['excludes']}")
    return problems
