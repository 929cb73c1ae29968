"""Reading the case slots off a tracker: now, and as they were before the latest message."""
from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker

RESETTING_EVENTS = ("restart", "reset_slots")


def slots_now(tracker: Tracker) -> dict[str, Any]:
    return dict(tracker.current_slot_values())


def slots_before_latest_message(tracker: Tracker) -> dict[str, Any]:
    """Slot values as they stood before the latest user message (for a what-if's "before")."""
    last_user = max((i for i, e in enumerate(tracker.events) if e.get("event") == "user"), default=0)
    values: dict[str, Any] = {name: None for name in tracker.slots}
    for event in tracker.events[:last_user]:
        if event.get("event") in RESETTING_EVENTS:
            values = {name: None for name in tracker.slots}
        elif event.get("event") == "slot":
            values[event["name"]] = event.get("value")
    return values


def latest_entity(tracker: Tracker, name: str) -> Any:
    return next(tracker.get_latest_entity_values(name), None)
