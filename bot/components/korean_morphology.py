"""Morphological analysis of Korean text with two backends (Kiwi and KoNLPy's Okt).

Both backends return :class:`Morpheme` objects whose offsets come from the analyser itself:
a normalised form such as Kiwi's ``하`` + ``었`` for ``했`` is never searched for in the text.
Morphemes whose surface spans overlap (``했`` → ``하``/VV and ``었``/EP at the same offset) are
merged into one :class:`Morpheme` covering the union of their spans.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, List, Protocol, Sequence, Tuple

BACKENDS = ("kiwi", "okt")
DICTIONARY_SUFFIX = ".tsv"
MAX_CHUNK_CHARS = 200  # characters analysed at once (bounds Okt's cost on unbroken runs)
ANALYSIS_CACHE_SIZE = 512  # messages; a parse analyses its text twice (Rasa tokens, spaCy doc)


class MorphologyError(ValueError):
    """A backend name or a user dictionary that the analysers cannot use."""


@dataclass(frozen=True)
class Morpheme:
    """One token: its surface text, character span ``[start, end)``, lemma and POS tag."""

    text: str
    start: int
    end: int
    lemma: str
    tag: str


@dataclass(frozen=True)
class UserWord:
    """A user-dictionary entry: a word the analyser must keep whole, with its POS tag."""

    word: str
    tag: str = "NNP"


class MorphAnalyser(Protocol):
    """What the tokenizers need from a backend."""

    def analyse(self, text: str) -> List[Morpheme]:
        """Return the morphemes of ``text`` in order, spans within ``text``."""


def read_user_dictionary(directory: Path) -> Tuple[UserWord, ...]:
    """Read every ``*.tsv`` file of ``directory``: ``word<TAB>tag``; ``#`` starts a comment."""
    words: List[UserWord] = []
    for path in sorted(Path(directory).glob(f"*{DICTIONARY_SUFFIX}")):
        words.extend(_parse_dictionary_lines(path.read_text(encoding="utf-8").splitlines()))
    return tuple(words)


def _parse_dictionary_lines(lines: Iterable[str]) -> List[UserWord]:
    """Parse dictionary lines; the tag defaults to NNP (proper noun)."""
    entries = []
    for line in lines:
        content = line.split("#", 1)[0].strip()
        if content:
            fields = [field.strip() for field in content.split("\t") if field.strip()]
            entries.append(UserWord(fields[0], fields[1] if len(fields) > 1 else "NNP"))
    return entries


def merge_overlapping(morphemes: Sequence[Morpheme]) -> List[Morpheme]:
    """Merge morphemes whose spans overlap into one token spanning their union.

    Kiwi reports ``했`` as ``하``(4,5) and ``었``(4,5), and ``와요`` as ``오``(8,9) + ``어요``(8,10):
    Rasa needs tokens that do not overlap, so these become one token; lemmas are joined with ``+``.
    """
    merged: List[Morpheme] = []
    for morpheme in sorted(morphemes, key=lambda m: (m.start, m.end)):
        if merged and morpheme.start < merged[-1].end:
            merged[-1] = _join(merged[-1], morpheme)
        else:
            merged.append(morpheme)
    return merged


def _join(first: Morpheme, second: Morpheme) -> Morpheme:
    """One morpheme covering both spans; the text is taken from the first's surface + rest."""
    end = max(first.end, second.end)
    text = first.text + second.text[first.end - second.start:] if second.end > first.end else first.text
    return Morpheme(text, first.start, end, f"{first.lemma}+{second.lemma}", f"{first.tag}+{second.tag}")


def with_surface(text: str, morphemes: Iterable[Morpheme]) -> List[Morpheme]:
    """Replace each morpheme's text by the exact surface ``text[start:end]``, dropping blanks."""
    result = []
    for morpheme in morphemes:
        surface = text[morpheme.start:morpheme.end]
        if surface.strip():
            result.append(Morpheme(surface, morpheme.start, morpheme.end, morpheme.lemma, morpheme.tag))
    return result


class KiwiAnalyser:
    """kiwipiepy backend; Kiwi reports offsets in Python characters."""

    def __init__(self, user_words: Sequence[UserWord]) -> None:
        kiwipiepy = _import_backend("kiwipiepy", "kiwipiepy kiwipiepy_model")
        self._kiwi = kiwipiepy.Kiwi()
        for entry in user_words:
            self._kiwi.add_user_word(entry.word, entry.tag, 10.0)

    def analyse(self, text: str) -> List[Morpheme]:
        """Analyse ``text``; a form like ``었`` keeps the span it was read from."""
        if not text:
            return []
        raw = [Morpheme(t.form, t.start, t.start + t.len, t.form, t.tag) for t in self._kiwi.tokenize(text)]
        return with_surface(text, merge_overlapping(raw))


class OktAnalyser:
    """KoNLPy Okt (open-korean-text) backend, called through its Java API for offsets.

    Java reports offsets in UTF-16 code units, so characters outside the BMP (emoji) count
    twice there; offsets are converted back to Python character positions.
    """

    _PROCESSOR = "org.openkoreantext.processor.OpenKoreanTextProcessorJava"

    def __init__(self, user_words: Sequence[UserWord]) -> None:
        konlpy = _import_backend("konlpy", "konlpy (and a Java runtime)")
        jpype = _import_backend("jpype", "JPype1")
        if not jpype.isJVMStarted():
            konlpy.jvm.init_jvm()
        self._jpype = jpype
        self._processor = jpype.JClass(self._PROCESSOR)
        self._add_nouns([entry.word for entry in user_words])

    def _add_nouns(self, words: Sequence[str]) -> None:
        """Okt's dictionary takes nouns only; every user word is added as a noun."""
        java_list = self._jpype.java.util.ArrayList()
        for word in words:
            java_list.add(word)
        self._processor.addNounsToDictionary(java_list)

    def analyse(self, text: str) -> List[Morpheme]:
        """Analyse ``text`` without Okt's normalisation so spans refer to the original text."""
        if not text:
            return []
        to_python = _utf16_to_python_offsets(text)
        java_tokens = self._processor.tokensToJavaKoreanTokenList(self._processor.tokenize(text))
        raw = []
        for token in java_tokens:
            start, end = to_python[token.getOffset()], to_python[token.getOffset() + token.getLength()]
            stem = str(token.getStem() or "") or str(token.getText())
            raw.append(Morpheme(str(token.getText()), start, end, stem, str(token.getPos())))
        return with_surface(text, merge_overlapping(raw))


def _utf16_to_python_offsets(text: str) -> List[int]:
    """Map every UTF-16 code-unit offset of ``text`` (and its end) to a Python index."""
    mapping: List[int] = []
    for index, char in enumerate(text):
        mapping.extend([index] * (2 if ord(char) > 0xFFFF else 1))
    mapping.append(len(text))
    return mapping


def _import_backend(module: str, install_hint: str):  # noqa: ANN202 - returns a module
    """Import a heavy optional backend only when it is used."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as error:
        raise ImportError(
            f"The Korean tokenizer backend needs '{module}'. Install it with: pip install {install_hint}"
        ) from error


def chunk_spans(text: str, max_chars: int = MAX_CHUNK_CHARS) -> List[Tuple[int, int]]:
    """Split ``text`` into spans of at most ``max_chars``, at the last whitespace when there is one.

    Okt's cost grows steeply on long unbroken runs (2,000 identical syllables take seconds), so
    long messages are analysed piece by piece; offsets are shifted back afterwards.
    """
    spans, start = [], 0
    while len(text) - start > max_chars:
        cut = text.rfind(" ", start + 1, start + max_chars)
        end = cut if cut > start else start + max_chars
        spans.append((start, end))
        start = end
    spans.append((start, len(text)))
    return spans


class ChunkedAnalyser:
    """Analyses long texts in whitespace-bounded pieces of at most ``MAX_CHUNK_CHARS``."""

    def __init__(self, analyser: MorphAnalyser) -> None:
        self._analyser = analyser

    def analyse(self, text: str) -> List[Morpheme]:
        """Morphemes of every piece, with offsets in the whole text."""
        morphemes: List[Morpheme] = []
        for start, end in chunk_spans(text):
            for m in self._analyser.analyse(text[start:end]):
                morphemes.append(Morpheme(m.text, m.start + start, m.end + start, m.lemma, m.tag))
        return morphemes


class CachedAnalyser:
    """Remembers the analyses of recent texts: the Rasa tokenizer and the rule layer's spaCy
    tokenizer analyse the same message one after the other."""

    def __init__(self, analyser: MorphAnalyser, size: int = ANALYSIS_CACHE_SIZE) -> None:
        self._cached = functools.lru_cache(maxsize=size)(lambda text: tuple(analyser.analyse(text)))

    def analyse(self, text: str) -> List[Morpheme]:
        """The (possibly remembered) morphemes of ``text``."""
        return list(self._cached(text))


@functools.lru_cache(maxsize=8)
def get_analyser(backend: str, user_words: Tuple[UserWord, ...] = ()) -> MorphAnalyser:
    """Return a cached analyser: loading Kiwi's model or starting the JVM takes seconds."""
    if backend == "kiwi":
        return CachedAnalyser(ChunkedAnalyser(KiwiAnalyser(user_words)))
    if backend == "okt":
        return CachedAnalyser(ChunkedAnalyser(OktAnalyser(user_words)))
    raise MorphologyError(f"Unknown Korean tokenizer backend '{backend}'; choose one of {BACKENDS}.")
