"""Rasa REST messages -> Kakao i OpenBuilder skill response (version 2.0). Pure functions.

Kakao's limits (shared/KAKAO.md): at most 3 outputs, simpleText up to 1,000 characters,
basicCard description 230, listCard up to 5 items, carousel up to 10 cards, quick replies up
to 10 with labels of about 14 characters. Long text is split at line or sentence boundaries;
program results (the `programs` custom payload) become a basicCard or listCards; a plan
becomes a compact text table; a handoff becomes a card with a call button; Rasa buttons
become quick replies whose `extra` carries the button payload back as `clientExtra`.
"""
from __future__ import annotations

import re
from typing import Any, Iterable

from bot.web import messages

SKILL_VERSION = "2.0"
MAX_OUTPUTS = 3
MAX_TEXT_CHARS = 1000
MAX_CARD_TITLE_CHARS = 50
MAX_CARD_DESCRIPTION_CHARS = 230
MAX_LIST_HEADER_CHARS = 15
MAX_LIST_ITEMS = 5
MAX_LIST_ITEM_TITLE_CHARS = 35
MAX_LIST_ITEM_DESCRIPTION_CHARS = 50
MAX_CAROUSEL_CARDS = 10
MAX_QUICK_REPLIES = 10
MAX_QUICK_REPLY_LABEL_CHARS = 14
ELLIPSIS = "…"

STATUS_LABELS = {
    "eligible": "받을 수 있어요",
    "not_eligible": "해당되지 않아요",
    "needs_info": "정보가 더 필요해요",
}
DETAIL_REQUEST = "{name} 자세히 알려 주세요"
PAYLOAD_EXTRA_KEY = "payload"

# A break after a line end, or after a sentence end (., ?, !, 。) followed by a space.
_BREAK_AFTER = re.compile(r"\n|[.?!。](?=\s)")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
Component = dict[str, Any]


def skill_response(rasa_messages: list[dict[str, Any]]) -> dict[str, Any]:
    """The full skill response for the messages Rasa sent in answer to one user message."""
    outputs = _limit_outputs(_components(rasa_messages))
    if not outputs:
        outputs = [simple_text(messages.KAKAO_NO_ANSWER)]
    template: dict[str, Any] = {"outputs": outputs}
    replies = quick_replies(button for item in rasa_messages for button in item.get("buttons") or [])
    if replies:
        template["quickReplies"] = replies
    return {"version": SKILL_VERSION, "template": template}


def text_response(text: str) -> dict[str, Any]:
    """A skill response made of one text (errors, rate limit, time-outs)."""
    return skill_response([{"text": text}])


def callback_acknowledgement() -> dict[str, Any]:
    """The immediate answer when Kakao sent a callbackUrl: the full answer follows there."""
    return {"version": SKILL_VERSION, "useCallback": True,
            "data": {"text": messages.KAKAO_PREPARING}}


def simple_text(text: str) -> Component:
    return {"simpleText": {"text": text}}


def split_text(text: str, limit: int = MAX_TEXT_CHARS) -> list[str]:
    """Split text into pieces of at most `limit` characters at line/sentence/word boundaries."""
    pieces: list[str] = []
    rest = text.strip()
    while len(rest) > limit:
        cut = _cut_position(rest, limit)
        pieces.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest:
        pieces.append(rest)
    return pieces


def _cut_position(text: str, limit: int) -> int:
    """The last line or sentence end within `limit`, else the last space, else `limit`."""
    window = text[:limit]
    breaks = [match.end() for match in _BREAK_AFTER.finditer(window)]
    if breaks:
        return breaks[-1]
    space = window.rfind(" ")
    return space if space > 0 else limit


def shorten(text: str, limit: int) -> str:
    """`text` cut to `limit` characters with an ellipsis when it is longer."""
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + ELLIPSIS


def _components(rasa_messages: list[dict[str, Any]]) -> list[Component]:
    """Outputs in message order; consecutive texts share one simpleText where they fit."""
    components: list[Component] = []
    pending_text: list[str] = []
    for item in rasa_messages:
        text, cards = _message_parts(item)
        if text:
            pending_text.append(text)
        if cards:
            components.extend(_texts(pending_text))
            pending_text = []
            components.extend(cards)
    components.extend(_texts(pending_text))
    return components


def _message_parts(item: dict[str, Any]) -> tuple[str, list[Component]]:
    """The text and the card components one Rasa message contributes."""
    texts = [item["text"]] if item.get("text") else []
    cards: list[Component] = []
    if item.get("image"):
        cards.append({"simpleImage": {"imageUrl": item["image"], "altText": item.get("text") or ""}})
    custom = item.get("custom")
    if isinstance(custom, dict):
        custom_text, custom_cards = _custom_parts(custom)
        texts.extend([custom_text] if custom_text else [])
        cards.extend(custom_cards)
    return "\n\n".join(texts), cards


def _custom_parts(custom: dict[str, Any]) -> tuple[str, list[Component]]:
    kind = custom.get("kind")
    if kind == "programs":
        return "", programs_components(custom)
    if kind == "plan":
        return plan_text(custom), []
    if kind == "handoff":
        return "", [handoff_card(custom)]
    return "", []


def _texts(pending: list[str]) -> list[Component]:
    return [simple_text(piece) for piece in split_text("\n\n".join(pending))] if pending else []


def programs_components(custom: dict[str, Any]) -> list[Component]:
    """One program -> basicCard; several -> listCard, or a carousel of listCards beyond 5."""
    items = [item for item in custom.get("items") or [] if isinstance(item, dict)]
    if not items:
        return []
    if len(items) == 1:
        return [program_basic_card(items[0])]
    cards = [_list_card(items[start:start + MAX_LIST_ITEMS], custom.get("as_of"))
             for start in range(0, len(items), MAX_LIST_ITEMS)][:MAX_CAROUSEL_CARDS]
    if len(cards) == 1:
        return [{"listCard": cards[0]}]
    return [{"carousel": {"type": "listCard", "items": cards}}]


def program_basic_card(item: dict[str, Any]) -> Component:
    """A card for one program: status, headline, amount, deadline, caveat."""
    lines = [STATUS_LABELS.get(item.get("status"), ""), item.get("headline"),
             item.get("amount_text"), _apply_until_line(item), item.get("reason"),
             item.get("caveat")]
    description = "\n".join(line for line in lines if line)
    card: dict[str, Any] = {
        "title": shorten(item.get("name") or "", MAX_CARD_TITLE_CHARS),
        "description": shorten(description, MAX_CARD_DESCRIPTION_CHARS),
    }
    if item.get("name"):
        card["buttons"] = [_detail_button(item["name"])]
    return {"basicCard": card}


def _list_card(items: list[dict[str, Any]], as_of: str | None) -> dict[str, Any]:
    return {"header": {"title": shorten(_programs_header(as_of), MAX_LIST_HEADER_CHARS)},
            "items": [_list_item(item) for item in items]}


def _programs_header(as_of: str | None) -> str:
    """`11월 24일 기준 제도` (the header has room for about 15 characters)."""
    if not isinstance(as_of, str) or not _ISO_DATE.fullmatch(as_of):
        return messages.KAKAO_PROGRAMS_HEADER_UNDATED
    _, month, day = (int(part) for part in as_of.split("-"))
    return messages.KAKAO_PROGRAMS_HEADER.format(month=month, day=day)


def _list_item(item: dict[str, Any]) -> dict[str, Any]:
    name = item.get("name") or ""
    description = item.get("amount_text") or item.get("headline") or STATUS_LABELS.get(
        item.get("status"), "")
    return {"title": shorten(name, MAX_LIST_ITEM_TITLE_CHARS),
            "description": shorten(description, MAX_LIST_ITEM_DESCRIPTION_CHARS),
            "action": "message",
            "messageText": DETAIL_REQUEST.format(name=name)}


def _apply_until_line(item: dict[str, Any]) -> str:
    return f"신청 기한: {item['apply_until']}" if item.get("apply_until") else ""


def _detail_button(name: str) -> dict[str, str]:
    return {"label": "자세히 보기", "action": "message",
            "messageText": DETAIL_REQUEST.format(name=name)}


def plan_text(custom: dict[str, Any]) -> str:
    """A month-by-month plan as compact text lines: `2027-03 육아휴직 2,500,000원 (메모)`."""
    lines = [custom.get("title") or ""]
    for row in custom.get("rows") or []:
        amount = row.get("amount")
        amount_text = f"{amount:,}원" if isinstance(amount, int) else "-"
        note = f" ({row['note']})" if row.get("note") else ""
        lines.append(f"{row.get('period', '')} {row.get('program', '')} {amount_text}{note}")
    return "\n".join(line for line in lines if line.strip())


def handoff_card(custom: dict[str, Any]) -> Component:
    """A card telling the user a person will help, with a button to call the given number."""
    card: dict[str, Any] = {
        "title": messages.KAKAO_HANDOFF_TITLE,
        "description": shorten(custom.get("summary") or "", MAX_CARD_DESCRIPTION_CHARS),
    }
    if custom.get("phone"):
        card["buttons"] = [{"label": f"{messages.KAKAO_CALL_LABEL} {custom['phone']}",
                            "action": "phone", "phoneNumber": custom["phone"]}]
    return {"basicCard": card}


def quick_replies(buttons: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rasa buttons -> Kakao quick replies (unique titles, at most 10, short labels)."""
    replies: list[dict[str, Any]] = []
    seen: set[str] = set()
    for button in buttons:
        title = (button.get("title") or "").strip()
        if not title or title in seen:
            continue
        seen.add(title)
        replies.append(_quick_reply(title, button.get("payload")))
    return replies[:MAX_QUICK_REPLIES]


def _quick_reply(title: str, payload: Any) -> dict[str, Any]:
    reply: dict[str, Any] = {"label": shorten(title, MAX_QUICK_REPLY_LABEL_CHARS),
                             "action": "message", "messageText": title}
    if isinstance(payload, str) and payload and payload != title:
        reply["extra"] = {PAYLOAD_EXTRA_KEY: payload}
    return reply


def _limit_outputs(components: list[Component]) -> list[Component]:
    """At most 3 outputs: cards are kept, texts beyond the free slots are cut with a note."""
    if len(components) <= MAX_OUTPUTS:
        return components
    cards = sum(1 for component in components if not _is_text(component))
    text_slots = MAX_OUTPUTS - cards
    if text_slots < 1:
        return components[: MAX_OUTPUTS - 1] + [simple_text(messages.KAKAO_MORE_OMITTED)]
    kept = _keep_first_texts(components, text_slots)
    return _with_omission_note(kept)


def _is_text(component: Component) -> bool:
    return "simpleText" in component


def _keep_first_texts(components: list[Component], text_slots: int) -> list[Component]:
    kept: list[Component] = []
    for component in components:
        if _is_text(component):
            if text_slots == 0:
                continue
            text_slots -= 1
        kept.append(component)
    return kept


def _with_omission_note(components: list[Component]) -> list[Component]:
    """Append the "cut for length" note to the last kept text, within the 1,000 limit."""
    last_text = max(index for index, component in enumerate(components) if _is_text(component))
    note = messages.KAKAO_MORE_OMITTED
    text = components[last_text]["simpleText"]["text"]
    components[last_text] = simple_text(
        shorten(text, MAX_TEXT_CHARS - len(note) - 1) + "\n" + note)
    return components
