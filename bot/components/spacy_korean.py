"""A spaCy ``Language`` for Korean whose tokenizer is the project's morphological analyser.

``spacy.blank("ko")`` needs MeCab, which these machines lack; the tokenizer registered here wraps
Kiwi or Okt instead, so spaCy and Rasa see the same tokens. The ``Doc`` text is always exactly
the input text: whitespace between morphemes becomes spaCy's trailing-space flag, and any
characters the analyser skipped become tokens of their own.
"""
from __future__ import annotations

from typing import Callable, List, Sequence, Tuple

from bot.components.korean_morphology import MorphAnalyser, Morpheme, UserWord, get_analyser

TOKENIZER_NAME = "worklife.korean_morph_tokenizer.v1"


def _import_spacy():  # noqa: ANN202 - returns a module
    """spaCy is heavy: import it only when a Korean pipeline is built."""
    import importlib

    try:
        return importlib.import_module("spacy")
    except ImportError as error:
        raise ImportError("The Korean rule layer needs spaCy 3.4: pip install 'spacy>=3.4,<3.5'") from error


class MorphTokenizer:
    """spaCy tokenizer: one token per analyser token, offsets as the analyser gives them."""

    def __init__(self, vocab: "spacy.vocab.Vocab", analyser: MorphAnalyser) -> None:  # noqa: F821
        self.vocab = vocab
        self.analyser = analyser

    def __call__(self, text: str) -> "spacy.tokens.Doc":  # noqa: F821
        from spacy.tokens import Doc

        words, spaces = doc_words(text, self.analyser.analyse(text))
        return Doc(self.vocab, words=words, spaces=spaces)


def doc_words(text: str, morphemes: Sequence[Morpheme]) -> Tuple[List[str], List[bool]]:
    """Words and trailing-space flags that rebuild ``text`` exactly."""
    words: List[str] = []
    spaces: List[bool] = []
    position = 0
    for morpheme in morphemes:
        _add_gap(text[position:morpheme.start], words, spaces)
        words.append(text[morpheme.start:morpheme.end])
        spaces.append(False)
        position = morpheme.end
    _add_gap(text[position:], words, spaces)
    return words, spaces


def _add_gap(gap: str, words: List[str], spaces: List[bool]) -> None:
    """One space after a word is its flag; anything else in a gap becomes a token."""
    if gap.startswith(" ") and words:
        spaces[-1], gap = True, gap[1:]
    if gap:
        words.append(gap)
        spaces.append(False)


def parse_user_words(lines: Sequence[str]) -> Tuple[UserWord, ...]:
    """``word<TAB>tag`` strings (the form spaCy's config can carry) → user words."""
    entries = [line.split("\t") for line in lines]
    return tuple(UserWord(fields[0], fields[1] if len(fields) > 1 else "NNP") for fields in entries)


def create_morph_tokenizer(backend: str, user_words: List[str]) -> Callable[["spacy.Language"], MorphTokenizer]:  # noqa: F821
    """Registered spaCy tokenizer factory (``[nlp.tokenizer] @tokenizers = TOKENIZER_NAME``)."""

    def make_tokenizer(nlp: "spacy.Language") -> MorphTokenizer:  # noqa: F821
        return MorphTokenizer(nlp.vocab, get_analyser(backend, parse_user_words(user_words)))

    return make_tokenizer


def register_tokenizer() -> None:
    """Register the tokenizer in spaCy's registry (idempotent)."""
    spacy = _import_spacy()
    if TOKENIZER_NAME not in spacy.registry.tokenizers.get_all():
        spacy.registry.tokenizers(TOKENIZER_NAME, func=create_morph_tokenizer)


def make_korean_nlp(backend: str, user_words: Sequence[UserWord]) -> "spacy.Language":  # noqa: F821
    """A blank Korean ``Language`` using the morphological tokenizer of ``backend``."""
    spacy = _import_spacy()
    register_tokenizer()
    lines = [f"{entry.word}\t{entry.tag}" for entry in user_words]
    tokenizer = {"@tokenizers": TOKENIZER_NAME, "backend": backend, "user_words": lines}
    return spacy.blank("ko", config={"nlp": {"tokenizer": tokenizer}})
