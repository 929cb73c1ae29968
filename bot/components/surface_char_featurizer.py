"""Sentence features for the intent classifier: character n-grams of the message as typed, with
its spaces taken out.

The other character n-grams are cut from the analyser's morphemes, one morpheme at a time, so
they never cross a morpheme and depend on how Kiwi split an unusual spelling. People space at
will (`육휴쓰면얼마나와요`, `육휴 쓰면 얼마 나와요`) and mistype (`얼마나와여`, `을매`); the n-grams of
the text without its spaces are the same however it was spaced, and they cross the boundaries
the analyser drew (`얼마나`, `나와요`, `언제까`). Columns: the ``max_features`` n-grams (length
``min_ngram`` … ``max_ngram``) found in the most training messages, each in at least
``min_messages`` of them; values are counts.

Chosen by the leave-one-writer-round-out validation of `make nlu-rounds` and checked on the
held-out set (docs/nlu.md). Only the intent classifier reads these columns: the FAQ topic
selector names the featurizers it reads in config.yml, because these n-grams made its
confidences flatter.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence, Text

import scipy.sparse

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.featurizers.sparse_featurizer.sparse_featurizer import SparseFeaturizer
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.components.fingerprints import component_fingerprint
from bot.components.sentence_row import SentenceRowMixin, sentence_row

VOCABULARY_FILE = "surface_ngrams.json"
WHITESPACE = re.compile(r"\s+")


def surface_ngrams(text: str, shortest: int, longest: int) -> List[str]:
    """Every character n-gram, ``shortest`` to ``longest`` long, of the lower-cased text with its
    whitespace removed (`얼마 나와요` and `얼마나와요` give the same list)."""
    squeezed = WHITESPACE.sub("", text.lower())
    return [squeezed[i:i + n] for n in range(shortest, longest + 1) for i in range(len(squeezed) - n + 1)]


def most_common_ngrams(per_message: Sequence[Sequence[str]], max_features: int, min_messages: int) -> List[str]:
    """The vocabulary: n-grams in at least ``min_messages`` messages, the ``max_features`` found in
    the most messages (ties by the n-gram), in sorted order."""
    in_messages = Counter(gram for grams in per_message for gram in set(grams))
    ranked = sorted(in_messages.items(), key=lambda item: (-item[1], item[0]))
    return sorted(gram for gram, count in ranked[:max_features] if count >= min_messages) if max_features > 0 else []


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=True)
class SurfaceCharFeaturizer(SentenceRowMixin, SparseFeaturizer, GraphComponent):
    """Counts of the spacing-free character n-grams of a message, as a sentence feature row."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        """Defaults; every key can be set in config.yml."""
        return {**SparseFeaturizer.get_default_config(), "min_ngram": 2, "max_ngram": 4,
                "max_features": 20000, "min_messages": 2}

    @classmethod
    def fingerprint_addon(cls, config: Dict[Text, Any]) -> Optional[str]:
        """Retrain when the components' code changes."""
        return component_fingerprint({**cls.get_default_config(), **config})

    @classmethod
    def validate_config(cls, config: Dict[Text, Any]) -> None:
        """1 ≤ min_ngram ≤ max_ngram; max_features and min_messages are counts."""
        shortest, longest = int(config.get("min_ngram", 2)), int(config.get("max_ngram", 4))
        if not 1 <= shortest <= longest or int(config.get("max_features", 0)) < 0:
            raise ValueError("SurfaceCharFeaturizer: need 1 <= min_ngram <= max_ngram and max_features >= 0")

    def __init__(self, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
                 execution_context: ExecutionContext, vocabulary: Optional[Sequence[str]] = None) -> None:
        super().__init__(config, model_storage, resource, execution_context, vocabulary or [])

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> SurfaceCharFeaturizer:
        return cls(config, model_storage, resource, execution_context)

    @classmethod
    def load(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> SurfaceCharFeaturizer:
        """The vocabulary stored in the model (none: an untrained featurizer)."""
        try:
            with model_storage.read_from(resource) as directory:
                vocabulary = json.loads((Path(directory) / VOCABULARY_FILE).read_text(encoding="utf-8"))
        except (ValueError, FileNotFoundError):
            vocabulary = []
        return cls(config, model_storage, resource, execution_context, vocabulary)

    def _ngrams(self, text: str) -> List[str]:
        return surface_ngrams(text, int(self._config["min_ngram"]), int(self._config["max_ngram"]))

    def train(self, training_data: TrainingData) -> Resource:
        """The vocabulary of the training messages' n-grams (bounded by ``max_features``)."""
        per_message = [self._ngrams(m.get(TEXT)) for m in training_data.training_examples if m.get(TEXT)]
        vocabulary = most_common_ngrams(per_message, int(self._config["max_features"]), int(self._config["min_messages"]))
        self._column = {gram: i for i, gram in enumerate(vocabulary)}
        with self._model_storage.write_to(self._resource) as directory:
            (Path(directory) / VOCABULARY_FILE).write_text(json.dumps(vocabulary, ensure_ascii=False), encoding="utf-8")
        return self._resource

    def _row(self, message: Message) -> scipy.sparse.coo_matrix:
        """Counts of the vocabulary's n-grams in the message."""
        counts = Counter(self._column[gram] for gram in self._ngrams(message.get(TEXT)) if gram in self._column)
        return sentence_row(counts, len(self._column))
