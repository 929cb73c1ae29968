"""The knowledge engine as the web front uses it: evaluate a case, list programs.

Knowledge errors become web errors here, so every route answers a bad case the same way:
400 `{"error": {"field", "message"}}` with the knowledge base's Korean message.
"""
from __future__ import annotations

from typing import Any

from knowledge import evaluate, list_programs
from knowledge.errors import InvalidCaseError, KnowledgeError, NotInForceError
from knowledge.result import Result

from bot.web.errors import WebError

AS_OF_FIELD = "as_of"  # a date outside the modelled range is, for the client, a bad as_of


def evaluate_case(case: dict[str, Any]) -> Result:
    """`knowledge.evaluate(case)`; InvalidCaseError / NotInForceError -> 400 WebError."""
    try:
        return evaluate(case)
    except InvalidCaseError as error:
        raise WebError(error.field, error.message) from error
    except NotInForceError as error:
        raise WebError(AS_OF_FIELD, str(error)) from error
    except KnowledgeError as error:
        raise WebError(None, str(error)) from error


def program_list() -> list[dict[str, Any]]:
    """Every program id, name and audience in API order."""
    return list_programs()
