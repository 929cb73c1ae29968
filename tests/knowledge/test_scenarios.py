"""Every YAML scenario (the fact sheet's worked examples, change dates, thresholds) as a test."""
from __future__ import annotations

import pytest

from knowledge import InvalidCaseError, NotInForceError, evaluate
from tests.knowledge.scenario_runner import case_of, check_program, load_scenarios

SCENARIOS = load_scenarios()


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s["name"] for s in SCENARIOS])
def test_scenario(scenario: dict) -> None:
    if "error" in scenario:
        with pytest.raises(InvalidCaseError) as raised:
            evaluate(case_of(scenario))
        assert raised.value.field == scenario["error"]["field"]
        return
    if scenario.get("not_in_force"):
        with pytest.raises(NotInForceError):
            evaluate(case_of(scenario))
        return
    result = evaluate(case_of(scenario)).to_dict()
    programs = {p["id"]: p for p in result["programs"]}
    problems = {pid: check_program(programs[pid], expected)
                for pid, expected in scenario["expect"].items()}
    assert not any(problems.values()), problems
