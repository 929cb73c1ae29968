"""Agent console API: conversations (handoffs first), one conversation, case edits, notes."""
from __future__ import annotations

import asyncio
from typing import Any

from aiohttp import web
from sqlalchemy.engine import Engine

from bot.storage import (
    add_note,
    list_conversations,
    list_feedback,
    list_handoffs,
    list_notes,
    resolve_handoff,
)
from bot.storage.records import DEFAULT_AUTHOR
from bot.web import agent_view, messages, validation
from bot.web.errors import BotUnavailable, WebError
from bot.web.keys import DB_ENGINE, RASA, SETTINGS
from bot.web.knowledge_bridge import evaluate_case

routes = web.RouteTableDef()
CONVERSATION_LIMIT = 100
MAX_NOTE_CHARS = 4000
MAX_AUTHOR_CHARS = 64


@routes.get("/api/v1/conversations")
async def conversations(request: web.Request) -> web.Response:
    """{"conversations": [{"sender","last_message","updated_at","handoff"}]}, handoffs first."""
    engine = request.app[DB_ENGINE]
    recent = await asyncio.to_thread(list_conversations, engine, CONVERSATION_LIMIT)
    handoffs = await asyncio.to_thread(list_handoffs, engine)
    return web.json_response({"conversations": merge_handoffs(recent, handoffs)})


def merge_handoffs(recent: list[dict[str, Any]],
                   handoffs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Mark conversations with an open handoff and list them first (newest handoff first)."""
    summaries: dict[str, dict[str, Any]] = {}
    for handoff in handoffs:  # newest first: keep the newest per sender
        summaries.setdefault(handoff["sender_id"], handoff)
    by_sender = {item["sender"]: item for item in recent}
    flagged = [{**by_sender.get(sender, {"sender": sender, "last_message": "",
                                         "updated_at": handoff["created_at"]}),
                "handoff": True, "handoff_summary": handoff["summary"],
                "handoff_at": handoff["created_at"]}
               for sender, handoff in summaries.items()]
    others = [{**item, "handoff": False} for item in recent if item["sender"] not in summaries]
    return flagged + others


@routes.get("/api/v1/conversations/{sender}")
async def conversation(request: web.Request) -> web.Response:
    """Events, the collected case with fact sources, the result and a suggested answer."""
    sender = validation.sender_id(request.match_info["sender"])
    view: dict[str, Any] = {"sender": sender, **await _tracker_view(request.app, sender)}
    view.update(await asyncio.to_thread(stored_records, request.app[DB_ENGINE], sender))
    return web.json_response(view)


def stored_records(engine: Engine, sender: str) -> dict[str, Any]:
    """Our own records about one conversation: notes, open handoffs, answer feedback."""
    handoffs = list_handoffs(engine, sender_id=sender)
    return {"notes": list_notes(sender, engine), "handoffs": handoffs,
            "handoff": handoffs[0] if handoffs else None,
            "feedback": list_feedback(engine, sender)}


async def _tracker_view(app: web.Application, sender: str) -> dict[str, Any]:
    """The tracker part of the view; Rasa being down leaves a warning, not an error page."""
    try:
        tracker = await app[RASA].tracker(sender, app[SETTINGS].health_timeout_seconds * 2)
    except BotUnavailable as error:
        return {"events": [], "case": None, "facts": [], "result": None,
                "suggested_answer": None, "warnings": [error.message]}
    case_view = await asyncio.to_thread(agent_view.case_view, tracker)  # runs the engine
    return {"events": agent_view.events_view(tracker), **case_view}


@routes.post("/api/v1/conversations/{sender}/case")
async def edit_case(request: web.Request) -> web.Response:
    """The agent's case ({"case": {...}} or the case itself) -> re-evaluated result; bad -> 400."""
    validation.sender_id(request.match_info["sender"])
    body = await validation.read_json_object(request, request.app[SETTINGS].max_body_bytes)
    case = body["case"] if isinstance(body.get("case"), dict) else body
    result = await asyncio.to_thread(evaluate_case, case)
    suggestion, warnings = agent_view.suggested_answer(result)
    return web.json_response({"case": case, "result": result.to_dict(),
                              "suggested_answer": suggestion, "warnings": warnings})


@routes.post("/api/v1/conversations/{sender}/notes")
async def create_note(request: web.Request) -> web.Response:
    """{"text","author"?} -> 201 {"note": {...}} (text masked before it is stored)."""
    sender = validation.sender_id(request.match_info["sender"])
    body = await validation.read_json_object(request, request.app[SETTINGS].max_body_bytes)
    text = validation.optional_text(body.get("text"), "text", MAX_NOTE_CHARS)
    if not text:
        raise WebError("text", messages.NOTE_EMPTY)
    author = validation.optional_text(body.get("author"), "author", MAX_AUTHOR_CHARS) or DEFAULT_AUTHOR
    note = await asyncio.to_thread(add_note, sender, text, author, request.app[DB_ENGINE])
    return web.json_response({"note": note}, status=201)


@routes.post("/api/v1/conversations/{sender}/resolve")
async def resolve(request: web.Request) -> web.Response:
    """Close the conversation's open handoffs: {"resolved": n}."""
    sender = validation.sender_id(request.match_info["sender"])
    count = await asyncio.to_thread(resolve_handoff, sender, request.app[DB_ENGINE])
    return web.json_response({"sender": sender, "resolved": count})


@routes.get("/api/v1/handoffs")
async def handoffs(request: web.Request) -> web.Response:
    """{"handoffs": [{"id","sender_id","summary","status","created_at"}]}, open ones, newest first."""
    return web.json_response(
        {"handoffs": await asyncio.to_thread(list_handoffs, request.app[DB_ENGINE])})
