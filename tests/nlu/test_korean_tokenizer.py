"""Korean tokenizer: real sentences with expected tokens and offsets, for both backends."""
from __future__ import annotations

import pytest

from bot.components.korean_morphology import BACKENDS, Morpheme, get_analyser, merge_overlapping

# (sentence, expected [(token, start, end)]) per backend. Offsets are character positions in
# the sentence as typed: no normalised form (했 → 하 + 었) is ever searched for in the text.
KIWI_TABLE = [
    ("육휴쓰면얼마나와요",  # no spaces at all
     [("육휴", 0, 2), ("쓰", 2, 3), ("면", 3, 4), ("얼마나", 4, 7), ("와요", 7, 9)]),
    ("와이프 출산예정일이 3월인데 배출휴가 며칠?",
     [("와이프", 0, 3), ("출산", 4, 6), ("예정일", 6, 9), ("이", 9, 10), ("3", 11, 12), ("월", 12, 13),
      ("인데", 13, 15), ("배출휴가", 16, 20), ("며칠", 21, 23), ("?", 23, 24)]),
    ("직원40명 제조업이에요",  # digits glued to Hangul
     [("직원", 0, 2), ("40", 2, 4), ("명", 4, 5), ("제조업", 6, 9), ("이", 9, 10), ("에요", 10, 12)]),
    ("했어요",  # 했 = 하 + 었 on one character: merged into one token
     [("했", 0, 1), ("어요", 1, 3)]),
    ("애기 18개월😀 육아휴직 가능?",  # emoji: one character, not two
     [("애기", 0, 2), ("18", 3, 5), ("개월", 5, 7), ("😀", 7, 8), ("육아휴직", 9, 13), ("가능", 14, 16),
      ("?", 16, 17)]),
    ("6+6 신청은 고용24에서",  # user dictionary keeps 6+6 and 고용24 whole
     [("6+6", 0, 3), ("신청", 4, 6), ("은", 6, 7), ("고용24", 8, 12), ("에서", 12, 14)]),
    ("", []),
    ("   ", []),
]

OKT_TABLE = [
    ("육휴쓰면얼마나와요",
     [("육휴", 0, 2), ("쓰면", 2, 4), ("얼마나", 4, 7), ("와", 7, 8), ("요", 8, 9)]),
    ("와이프 출산예정일이 3월인데 배출휴가 며칠?",
     [("와이프", 0, 3), ("출산", 4, 6), ("예정일", 6, 9), ("이", 9, 10), ("3월", 11, 13), ("인데", 13, 15),
      ("배출휴가", 16, 20), ("며칠", 21, 23), ("?", 23, 24)]),
    ("직원40명 제조업이에요",
     [("직원", 0, 2), ("40", 2, 4), ("명", 4, 5), ("제조업", 6, 9), ("이에요", 9, 12)]),
    ("했어요", [("했어요", 0, 3)]),
    ("애기 18개월😀 육아휴직 가능?",  # Java counts the emoji as two UTF-16 units; offsets are converted
     [("애기", 0, 2), ("18", 3, 5), ("개월", 5, 7), ("😀", 7, 8), ("육아휴직", 9, 13), ("가능", 14, 16),
      ("?", 16, 17)]),
    ("", []),
    ("   ", []),
]

NAUGHTY_STRINGS = [
    "", " ", "\n\t", "😀", "👨‍👩‍👧‍👦👨‍👩‍👧‍👦", "🇰🇷🇰🇷 육휴", "ㅋㅋㅋㅋㅋㅋ", "ㅠㅠ", "ㄱ", "ㅏ", "각", "\u200b육휴\u200b",
    "\u00a0육휴\u00a0", "육휴\r\n출휴", "null", "None", "undefined", "NaN", "-1", "0", "1e309",
    "9" * 60, "１２３", "①②③", "'; DROP TABLE users; --", "<script>alert(1)</script>", "{\"a\": 1}",
    "\\x00", "\x00", "\ufeff", "Ω≈ç√∫", "田中さん", "مرحبا", "ẞ", "̡͓̞ͅI̗̘̦͝n͇͇͙v̮̫ok̲̫̙͈i̖͙̭̹̠̞n̡̻̮̣̺g",
    "육" * 2000, "월급 300 " * 300, "A" * 5000, "1/0", "%s%s%n", "한글 English 中文 日本語 😀 mixed",
]


def _tokens(backend: str, user_words, text: str):
    return [(m.text, m.start, m.end) for m in get_analyser(backend, user_words).analyse(text)]


@pytest.mark.parametrize("text,expected", KIWI_TABLE)
def test_kiwi_tokens_and_offsets(user_words, text, expected):
    assert _tokens("kiwi", user_words, text) == expected


@pytest.mark.parametrize("text,expected", OKT_TABLE)
def test_okt_tokens_and_offsets(user_words, text, expected):
    assert _tokens("okt", user_words, text) == expected


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("text", NAUGHTY_STRINGS, ids=range(len(NAUGHTY_STRINGS)))
def test_naughty_strings_keep_offsets_inside_the_text(user_words, backend, text):
    morphemes = get_analyser(backend, user_words).analyse(text)
    previous_end = 0
    for morpheme in morphemes:
        assert previous_end <= morpheme.start < morpheme.end <= len(text)
        assert morpheme.text == text[morpheme.start:morpheme.end]
        previous_end = morpheme.end


def test_morphemes_sharing_a_span_are_merged():
    raw = [Morpheme("하", 4, 5, "하", "VV"), Morpheme("었", 4, 5, "었", "EP"), Morpheme("어요", 5, 7, "어요", "EF")]
    assert merge_overlapping(raw) == [Morpheme("하", 4, 5, "하+었", "VV+EP"), Morpheme("어요", 5, 7, "어요", "EF")]


def test_partly_overlapping_morphemes_become_one_token():
    raw = [Morpheme("오", 8, 9, "오", "VV"), Morpheme("어요", 8, 10, "어요", "EF")]
    assert [(m.start, m.end) for m in merge_overlapping(raw)] == [(8, 10)]


def test_unknown_backend_is_a_clear_error(user_words):
    from bot.components.korean_morphology import MorphologyError

    with pytest.raises(MorphologyError, match="mecab"):
        get_analyser("mecab", user_words)


@pytest.mark.parametrize("backend", BACKENDS)
def test_rasa_tokenizer_component_uses_analyser_offsets(backend, user_words):
    """The Rasa component: tokens carry the analyser's spans and lemmas, CLS-free."""
    from rasa.shared.nlu.training_data.message import Message

    from bot.components.korean_tokenizer import KoreanTokenizer

    config = {**KoreanTokenizer.get_default_config(), "backend": backend}
    tokenizer = KoreanTokenizer(config, model_storage=None, resource=None, user_words=user_words)
    message = Message(data={"text": "했어요 육휴"})
    tokens = tokenizer.tokenize(message, "text")
    assert [(t.text, t.start, t.end) for t in tokens][-1] == ("육휴", 4, 6)
    assert all("했어요 육휴"[t.start:t.end] == t.text for t in tokens)


def test_spacy_doc_rebuilds_the_exact_text(user_words):
    from bot.components.spacy_korean import make_korean_nlp

    nlp = make_korean_nlp("kiwi", user_words)
    for text in ["와이프 출산예정일이  3월인데 😀", " 앞 공백", "", "끝 공백 "]:
        assert nlp(text).text == text


def test_long_texts_are_analysed_in_whitespace_bounded_chunks():
    from bot.components.korean_morphology import chunk_spans

    text = "가나 " * 100  # 300 characters
    spans = chunk_spans(text, max_chars=200)
    assert spans == [(0, 197), (197, 300)]  # cut at the last space before 200
    assert chunk_spans("육" * 450, max_chars=200) == [(0, 200), (200, 400), (400, 450)]
    assert chunk_spans("", max_chars=200) == [(0, 0)]


@pytest.mark.parametrize("backend", BACKENDS)
def test_chunked_analysis_keeps_offsets_of_a_long_story(user_words, backend):
    story = "월급은 세전 320이고 아이는 작년 3월생이에요. " * 20
    morphemes = get_analyser(backend, user_words).analyse(story)
    assert all(story[m.start:m.end] == m.text for m in morphemes)
    assert morphemes[-1].end == len(story.rstrip())
