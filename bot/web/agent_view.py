"""What the agent console shows for one conversation, built from Rasa's tracker.

events -> who said what and when; slots -> the case the bot collected (with the user message
each fact came from) -> the knowledge engine's result -> the answer the bot would give, which
the agent can copy. Missing helpers or an unusable case degrade to `warnings`, never a 500.
"""
from __future__ import annotations

from typing import Any

from bot.privacy import mask_pii
from bot.storage.tracker_events import epoch_to_iso
from bot.web import conversation_helpers
from bot.web.errors import WebError
from bot.web.knowledge_bridge import evaluate_case

AGENT_SOURCE = "상담사 입력"
UNKNOWN_SOURCE = "대화"


def events_view(tracker: dict[str, Any]) -> list[dict[str, Any]]:
    """User and bot messages in order: {"who","text","at"} (+ buttons/custom for the bot)."""
    view = []
    for event in tracker.get("events") or []:
        if event.get("event") == "user":
            view.append(_message("user", event.get("text"), event))
        elif event.get("event") == "bot":
            view.append(_bot_message(event))
    return view


def _message(who: str, text: str | None, event: dict[str, Any]) -> dict[str, Any]:
    return {"who": who, "text": mask_pii(text or ""), "at": epoch_to_iso(event.get("timestamp"))}


def _bot_message(event: dict[str, Any]) -> dict[str, Any]:
    item = _message("bot", event.get("text"), event)
    data = event.get("data") or {}
    for key in ("buttons", "custom"):
        if data.get(key):
            item[key] = data[key]
    return item


def slot_sources(tracker: dict[str, Any]) -> dict[str, str]:
    """For each slot, the (masked) user message after which it was last set."""
    sources: dict[str, str] = {}
    last_user_text = ""
    for event in tracker.get("events") or []:
        if event.get("event") == "user":
            last_user_text = mask_pii(event.get("text") or "")
        elif event.get("event") == "slot" and event.get("name"):
            sources[event["name"]] = last_user_text
    return sources


def case_view(tracker: dict[str, Any]) -> dict[str, Any]:
    """{"case","facts","result","suggested_answer","warnings"} from the tracker's slots."""
    slots = tracker.get("slots") or {}
    try:
        case = conversation_helpers.case_from_slots(slots)
        facts = _facts(slots, slot_sources(tracker))
    except WebError as error:
        return {"case": None, "facts": [], "result": None, "suggested_answer": None,
                "warnings": [error.message]}
    return {"facts": facts, **evaluation_view(case)}


def _facts(slots: dict[str, Any], sources: dict[str, str]) -> list[dict[str, Any]]:
    return [{"path": fact["path"], "value": fact["value"], "slot": fact.get("slot"),
             "source": sources.get(fact.get("slot") or "") or UNKNOWN_SOURCE}
            for fact in conversation_helpers.facts_from_slots(slots)]


def evaluation_view(case: dict[str, Any]) -> dict[str, Any]:
    """{"case","result","suggested_answer","warnings"}; a case the engine rejects -> warning."""
    try:
        result = evaluate_case(case)
    except WebError as error:
        return {"case": case, "result": None, "suggested_answer": None,
                "warnings": [f"{error.field}: {error.message}" if error.field else error.message]}
    suggestion, warnings = suggested_answer(result)
    return {"case": case, "result": result.to_dict(), "suggested_answer": suggestion,
            "warnings": warnings}


def suggested_answer(result: Any) -> tuple[str | None, list[str]]:
    """The bot's own wording for the result, one message per paragraph, ready to copy."""
    try:
        return "\n\n".join(conversation_helpers.render_result(result)), []
    except WebError as error:
        return None, [error.message]
