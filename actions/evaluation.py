"""The one door from the action server to the knowledge engine: slots → case → Result.

Actions never build cases or catch engine errors themselves; they call `evaluate_slots` and get
either a Result or a Korean message saying which fact to fix.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from knowledge import evaluate
from knowledge.errors import InvalidCaseError, KnowledgeError, NotInForceError
from knowledge.result import Result

from actions import messages
from actions.case_builder import AS_OF_ENV, advice_date, case_from_slots, slot_for_fact  # noqa: F401 (re-exported)

"""Optional fixed advice date (YYYY-MM-DD) for demos and reproducible tests; default: today."""


@dataclass(frozen=True)
class Evaluation:
    """A Result, or the Korean message explaining why the case could not be evaluated."""

    case: dict[str, Any]
    result: Result | None = None
    error: str | None = None
    bad_slot: str | None = None


def evaluate_case(case: dict[str, Any]) -> Evaluation:
    """Evaluate a Case JSON; engine errors become a message for the person (never a guess)."""
    try:
        return Evaluation(case, result=evaluate(case))
    except InvalidCaseError as error:
        return Evaluation(case, error=messages.invalid_fact(error.field, error.message),
                          bad_slot=slot_for_fact(error.field))
    except NotInForceError as error:
        return Evaluation(case, error=messages.not_in_force(str(error)))
    except KnowledgeError as error:
        return Evaluation(case, error=messages.engine_failed(str(error)))


def evaluate_slots(slots: dict[str, Any], as_of: date | None = None) -> Evaluation:
    """Build the case from the slots and evaluate it as of `as_of` (default: advice_date())."""
    return evaluate_case(case_from_slots(slots, as_of or advice_date()))
