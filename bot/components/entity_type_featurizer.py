"""Sentence features for the intent classifier: which kinds of entity the rule layer finds.

A message that gives a fact (`애 14개월이에요`, `직원 40명 제조업`) is telling, not greeting or
chatting, even when it opens with `안녕하세요`; a message with a wage or a child's age is more
likely to ask an amount or an eligibility than small talk is. The words carry this only for the
phrasings seen in training; the rule layer (korean_rules.py) reads the quantities of any
phrasing. One binary column per entity type it found in the training messages, as a sentence
feature beside the word counts; the token (sequence) features stay the other featurizers' own.

The rule layer runs once per message: the entity extractor later in the pipeline takes the
entities found here (rule_layer_store.py). Measured by the leave-one-writer-round-out validation
of `make nlu-rounds` and on the held-out set (docs/nlu.md).
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Dict, List, Optional, Text

import scipy.sparse

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.featurizers.sparse_featurizer.sparse_featurizer import SparseFeaturizer
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.components.korean_rules import KoreanRuleLayer
from bot.components.sentence_row import SentenceRowMixin, sentence_row
from bot.components.rule_layer_store import (
    RULE_LAYER_DEFAULTS, found_entities, read_rule_data, rule_data_from_files, rule_files_fingerprint, shared_layer,
    store_rule_data,
)

TYPES_FILE = "entity_types.json"


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=True)
class EntityTypeFeaturizer(SentenceRowMixin, SparseFeaturizer, GraphComponent):
    """One binary sentence feature per entity type the rule layer finds in a message."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        """Defaults; the rule settings must be those of the KoreanRuleEntityExtractor."""
        return {**SparseFeaturizer.get_default_config(), **RULE_LAYER_DEFAULTS}

    @classmethod
    def fingerprint_addon(cls, config: Dict[Text, Any]) -> Optional[str]:
        """Retrain when the components' code or the rule files change."""
        return rule_files_fingerprint({**cls.get_default_config(), **config})

    @staticmethod
    def required_packages() -> List[Text]:
        return ["spacy", "regex"]

    @classmethod
    def validate_config(cls, config: Dict[Text, Any]) -> None:
        """The backend must be one the rule layer's spaCy pipeline knows."""
        if config.get("backend", "kiwi") not in ("kiwi", "okt"):
            raise ValueError(f"EntityTypeFeaturizer: unknown backend {config.get('backend')!r} (kiwi or okt)")

    def __init__(self, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
                 execution_context: ExecutionContext, rule_data: Dict[Text, Any],
                 entity_types: Optional[List[str]] = None) -> None:
        super().__init__(config, model_storage, resource, execution_context, entity_types or [])
        self._rule_data = rule_data
        self._layer: Optional[KoreanRuleLayer] = None

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> EntityTypeFeaturizer:
        """Untrained: the rule files of the config, no entity types yet."""
        rule_data = rule_data_from_files({**cls.get_default_config(), **config})
        return cls(config, model_storage, resource, execution_context, rule_data)

    @classmethod
    def load(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> EntityTypeFeaturizer:
        """The rule data and entity types stored in the model."""
        merged = {**cls.get_default_config(), **config}
        rule_data = read_rule_data(model_storage, resource, merged)
        try:
            with model_storage.read_from(resource) as directory:
                types = json.loads((Path(directory) / TYPES_FILE).read_text(encoding="utf-8"))
        except (ValueError, FileNotFoundError):
            types = []
        return cls(config, model_storage, resource, execution_context, rule_data, types)

    @property
    def layer(self) -> KoreanRuleLayer:
        """The model's rule layer, shared with the entity extractor (looked up once)."""
        if self._layer is None:
            self._layer = shared_layer(self._config["backend"], self._rule_data)
        return self._layer

    def train(self, training_data: TrainingData) -> Resource:
        """The entity types the rule layer finds in the training messages, in a fixed order."""
        found = {entity.entity for message in training_data.training_examples if message.get(TEXT)
                 for entity in found_entities(message, self.layer)}
        self._column = {name: i for i, name in enumerate(sorted(found))}
        store_rule_data(self._rule_data, self._model_storage, self._resource)
        with self._model_storage.write_to(self._resource) as directory:
            (Path(directory) / TYPES_FILE).write_text(json.dumps(sorted(found)), encoding="utf-8")
        return self._resource

    def _row(self, message: Message) -> scipy.sparse.coo_matrix:
        """1 in the column of every entity type the rule layer finds in the message."""
        found = {self._column[e.entity] for e in found_entities(message, self.layer) if e.entity in self._column}
        return sentence_row(dict.fromkeys(found, 1.0), len(self._column))

