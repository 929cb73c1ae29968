"""Rasa tokenizer for Korean built on a morphological analyser (Kiwi or Okt).

Rasa's ``WhitespaceTokenizer`` keeps particles on words (``서울에서`` is one token), so an
entity annotated on ``서울`` is dropped. This tokenizer splits morphemes with the analyser's own
offsets and keeps the analyser's normalised form as the token lemma.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Dict, List, Optional, Text, Tuple

from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.tokenizers.tokenizer import Token, Tokenizer
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.components.fingerprints import component_fingerprint
from bot.components.korean_morphology import (
    MorphAnalyser,
    UserWord,
    get_analyser,
    read_user_dictionary,
)

USER_WORDS_FILE = "user_words.json"


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_TOKENIZER, is_trainable=True)
class KoreanTokenizer(Tokenizer):
    """Tokenizes Korean into morphemes; the user dictionary is stored inside the model."""

    @staticmethod
    def supported_languages() -> Optional[List[Text]]:
        """Only Korean."""
        return ["ko"]

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        """Defaults; every key can be set in config.yml."""
        return {
            # "kiwi" (kiwipiepy) or "okt" (KoNLPy Open Korean Text, needs Java)
            "backend": "kiwi",
            # folder of *.tsv user-dictionary files (word<TAB>tag), read at training time
            "dictionary_path": "nlu_data/dictionary",
            # split intent names on intent_split_symbol (Rasa's standard tokenizer keys)
            "intent_tokenization_flag": False,
            "intent_split_symbol": "_",
            # optional regex that further splits tokens; None keeps the analyser's tokens
            "token_pattern": None,
            # split intent/response names into prefix and suffix on this symbol
            "prefix_separator_symbol": None,
        }

    @classmethod
    def fingerprint_addon(cls, config: Dict[Text, Any]) -> Optional[str]:
        """Retrain when the components' code or these data files change (bot/components/fingerprints.py)."""
        return component_fingerprint({**cls.get_default_config(), **config}, "dictionary_path")

    def __init__(
        self,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        user_words: Tuple[UserWord, ...],
    ) -> None:
        super().__init__(config)
        self._model_storage = model_storage
        self._resource = resource
        self._user_words = user_words
        self._analyser: Optional[MorphAnalyser] = None

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> KoreanTokenizer:
        """Create the tokenizer with the user dictionary read from ``dictionary_path``."""
        user_words = _dictionary_from_config(config)
        return cls(config, model_storage, resource, user_words)

    @classmethod
    def load(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> KoreanTokenizer:
        """Load with the user dictionary persisted at training time (the model is self-contained)."""
        try:
            with model_storage.read_from(resource) as directory:
                entries = json.loads((Path(directory) / USER_WORDS_FILE).read_text(encoding="utf-8"))
            user_words = tuple(UserWord(**entry) for entry in entries)
        except ValueError:  # resource missing: a model trained without this component's data
            user_words = _dictionary_from_config(config)
        return cls(config, model_storage, resource, user_words)

    @staticmethod
    def required_packages() -> List[Text]:
        """The analyser packages."""
        return ["kiwipiepy", "konlpy"]

    def train(self, training_data: TrainingData) -> Resource:
        """Nothing to learn: store the user dictionary in the model."""
        with self._model_storage.write_to(self._resource) as directory:
            entries = [{"word": w.word, "tag": w.tag} for w in self._user_words]
            (Path(directory) / USER_WORDS_FILE).write_text(json.dumps(entries, ensure_ascii=False), encoding="utf-8")
        return self._resource

    @property
    def analyser(self) -> MorphAnalyser:
        """The backend, started on first use (Kiwi's model load / the JVM take seconds)."""
        if self._analyser is None:
            self._analyser = get_analyser(self._config["backend"], self._user_words)
        return self._analyser

    def tokenize(self, message: Message, attribute: Text) -> List[Token]:
        """Tokens with the analyser's spans; the lemma is the analyser's normalised form."""
        text = message.get(attribute) or ""
        tokens = []
        for morpheme in self.analyser.analyse(text):
            token = Token(morpheme.text, morpheme.start, end=morpheme.end, lemma=morpheme.lemma)
            token.set("pos", morpheme.tag)
            tokens.append(token)
        return self._apply_token_pattern(tokens)


def _dictionary_from_config(config: Dict[Text, Any]) -> Tuple[UserWord, ...]:
    """User words from the configured folder, or none when no folder is configured."""
    path = config.get("dictionary_path")
    if not path:
        return ()
    return read_user_dictionary(Path(path))
