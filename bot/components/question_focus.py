"""Where the question is in a long message.

People paste their whole story (300–1,000 characters: child, company, wage, worries) and ask at
the end ("…그럼 저는 육아휴직 급여 얼마 받을 수 있어요?"). In a bag of words the story's many
facts drown the few words that say what is asked, so the intent classifier also looks at the
question on its own (bot/components/linear_intent_classifier.py).

The question is the last sentence with a question mark, else the last sentence; a very short
one ("부탁드려요.") takes the sentence before it too. Sentences end at . ? ! ~ … or a line break,
or at a 해요체/하다체 ending (요, 다, 죠, 까) followed by a space, since phone messages often have
no punctuation. A short message is its own question.
"""
from __future__ import annotations

import re
from typing import List, Tuple

SENTENCE_END = re.compile(r"(?<=[.?!~…\n])\s+|(?<=[요다죠까])\s+")
SHORT_SENTENCE_CHARS = 15


def sentence_spans(text: str) -> List[Tuple[int, int]]:
    """``[start, end)`` of each non-blank sentence of ``text``."""
    spans, start = [], 0
    for boundary in SENTENCE_END.finditer(text):
        spans.append((start, boundary.start()))
        start = boundary.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def question_span(text: str, min_chars: int) -> Tuple[int, int]:
    """The span of the question in ``text``; the whole text when it is shorter than ``min_chars``."""
    spans = sentence_spans(text)
    if len(text) < min_chars or len(spans) < 2:
        return 0, len(text)
    asking = [i for i, (s, e) in enumerate(spans) if "?" in text[s:e]]
    index = asking[-1] if asking else len(spans) - 1
    start, end = spans[index]
    if end - start < SHORT_SENTENCE_CHARS and index > 0:
        start = spans[index - 1][0]
    return start, end
