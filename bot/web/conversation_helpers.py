"""The conversation helper's functions the agent console reuses, imported lazily.

`actions.case_builder` (slots -> Case JSON, facts) and `actions.messages` (Result -> short
Korean messages) belong to the action server. Importing them lazily keeps the web front
running without them; the console then says clearly what is missing instead of failing.
"""
from __future__ import annotations

import importlib
import logging
from datetime import date
from types import ModuleType
from typing import Any

from bot.web import messages
from bot.web.errors import DependencyMissing

log = logging.getLogger(__name__)
CASE_BUILDER_MODULE = "actions.case_builder"
MESSAGES_MODULE = "actions.messages"


def _module(name: str) -> ModuleType:
    try:
        return importlib.import_module(name)
    except ImportError as error:
        log.warning("cannot import %s: %s", name, error)
        raise DependencyMissing(None, messages.CONVERSATION_HELPER_MISSING.format(module=name)) \
            from error


def case_from_slots(slots: dict[str, Any], as_of: date | None = None) -> dict[str, Any]:
    """Case JSON from a tracker's slots (actions.case_builder.case_from_slots)."""
    return _module(CASE_BUILDER_MODULE).case_from_slots(slots, as_of)


def facts_from_slots(slots: dict[str, Any]) -> list[dict[str, Any]]:
    """[{path, value, slot}] for each case fact the slots hold."""
    return _module(CASE_BUILDER_MODULE).facts_from_slots(slots)


def render_result(result: Any) -> list[str]:
    """The bot's short Korean messages for a Result (actions.messages.render_result)."""
    return _module(MESSAGES_MODULE).render_result(result)
