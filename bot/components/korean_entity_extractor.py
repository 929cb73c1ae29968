"""Rasa entity extractor running the Korean rule layer (spaCy word lists + regex quantities).

Adds entities with the names and normalised values of the team brief (``월 300`` →
``monthly_wage`` 3,000,000, ``내년 3월`` → ``date`` "2027-03-01"). Relative dates are resolved
against the message's ``metadata["message_date"]`` (ISO) when a channel sends it, else today.
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.nlu.constants import ENTITIES
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.components.korean_rules import KoreanRuleLayer
from bot.components.rule_layer_store import (
    RULE_LAYER_DEFAULTS, found_entities, read_rule_data, rule_data_from_files, rule_files_fingerprint, shared_layer,
    store_rule_data,
)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, is_trainable=True)
class KoreanRuleEntityExtractor(GraphComponent, EntityExtractorMixin):
    """Finds and normalises domain entities with rules kept as data in ``nlu_data/``."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        """Defaults; every key can be set in config.yml."""
        return {
            **RULE_LAYER_DEFAULTS,
            # drop entities of the same type already set by an earlier extractor (e.g. DIET)
            "replace_overlapping": True,
        }

    @classmethod
    def fingerprint_addon(cls, config: Dict[Text, Any]) -> Optional[str]:
        """Retrain when the components' code or these data files change (bot/components/fingerprints.py)."""
        return rule_files_fingerprint({**cls.get_default_config(), **config})

    def __init__(
        self,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        rule_data: Dict[Text, Any],
    ) -> None:
        self._config = config
        self._model_storage = model_storage
        self._resource = resource
        self._rule_data = rule_data
        self._layer: Optional[KoreanRuleLayer] = None

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> KoreanRuleEntityExtractor:
        """Create from the rule files named in the config."""
        return cls(config, model_storage, resource, rule_data_from_files(config))

    @classmethod
    def load(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> KoreanRuleEntityExtractor:
        """Load the rules persisted in the model, so a model behaves the same anywhere."""
        return cls(config, model_storage, resource, read_rule_data(model_storage, resource, config))

    @staticmethod
    def required_packages() -> List[Text]:
        """spaCy for the word lists, regex for the quantity rules."""
        return ["spacy", "regex"]

    def train(self, training_data: TrainingData) -> Resource:
        """Nothing to learn: store the rule data (and user dictionary) in the model."""
        store_rule_data(self._rule_data, self._model_storage, self._resource)
        return self._resource

    @property
    def layer(self) -> KoreanRuleLayer:
        """The spaCy pipeline and compiled rules, built on first use and shared with the
        entity-type featurizer of the same model (rule_layer_store.py)."""
        if self._layer is None:
            self._layer = shared_layer(self._config["backend"], self._rule_data)
        return self._layer

    def process(self, messages: List[Message]) -> List[Message]:
        """Add the rule layer's entities to each message."""
        for message in messages:
            self._process_message(message)
        return messages

    def _process_message(self, message: Message) -> None:
        found = [entity.to_rasa(self.name) for entity in found_entities(message, self.layer)]
        existing = message.get(ENTITIES, [])
        if self._config["replace_overlapping"]:
            existing = [e for e in existing if not _overlaps_any(e, found)]
        message.set(ENTITIES, existing + found, add_to_output=True)


def _overlaps_any(entity: Dict[Text, Any], found: List[Dict[Text, Any]]) -> bool:
    """An earlier extractor's entity of the same type overlapping a rule entity."""
    return any(
        entity.get("entity") == other["entity"] and entity.get("start", 0) < other["end"] and other["start"] < entity.get("end", 0)
        for other in found
    )
