"""Helpers for action unit tests: trackers as the action server receives them."""
from __future__ import annotations

from functools import lru_cache
from typing import Any, Iterable

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher


@lru_cache(maxsize=1)
def domain_slot_names() -> tuple[str, ...]:
    from rasa.shared.core.domain import Domain
    from bot.paths import DOMAIN
    return tuple(slot.name for slot in Domain.load(str(DOMAIN)).slots)

def make_tracker(slots: dict[str, Any] | None = None, intent: str = "inform",
                 entities: Iterable[dict[str, Any]] = (), text: str = "",
                 events: list[dict[str, Any]] | None = None, active_loop: str | None = None,
                 ranking: list[dict[str, Any]] | None = None, sender: str = "tester") -> Tracker:
    """A rasa-sdk Tracker as the action server receives it, after one user message."""
    all_slots = {name: None for name in domain_slot_names()}
    all_slots.update(slots or {})
    message = {"text": text, "intent": {"name": intent, "confidence": 0.9},
               "entities": list(entities), "intent_ranking": ranking or [{"name": intent, "confidence": 0.9}]}
    user_event = {"event": "user", "text": text, "parse_data": message}
    return Tracker(sender, all_slots, message, (events or []) + [user_event], False, None,
                   {"name": active_loop} if active_loop else {}, "action_listen")


def entity(name: str, value: Any) -> dict[str, Any]:
    return {"entity": name, "value": value, "start": 0, "end": 1}


def texts(dispatcher: CollectingDispatcher) -> list[str]:
    return [m["text"] for m in dispatcher.messages if m.get("text")]


def customs(dispatcher: CollectingDispatcher) -> list[dict[str, Any]]:
    return [m["custom"] for m in dispatcher.messages if m.get("custom")]
