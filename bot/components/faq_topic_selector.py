"""FAQ topic selector: which rule of `knowledge/faq/` a question asks about.

The intent says what kind of question a message is (ask_amount, ask_deadline …); this
component says which FAQ entry answers it, independently of the intent. It is trained on the
examples whose intent block carries the FAQ key in its metadata::

    - intent: ask_amount
      metadata:
        faq: spouse_leave_pay
      examples: |
        - 배우자 출산휴가 유급이에요?

and adds to every parse result ``faq_topic``: ``{"key", "confidence", "ranking": [{"key",
"confidence"}, …]}``. The actions answer from the FAQ only when the confidence is high enough
and the key's programs agree with the program the message names (actions/faq.py).

Model: the same TF-IDF + logistic regression as the intent classifier (bot/components/linear_text_model.py).
"""
from __future__ import annotations

import logging
from typing import Any, Dict, List, Optional, Text, Type

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.featurizers.featurizer import Featurizer
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.components.fingerprints import component_fingerprint
from bot.components.linear_text_model import LinearModel, fit_linear_model

logger = logging.getLogger(__name__)

FAQ_TOPIC = "faq_topic"
METADATA_KEY = "faq"


def faq_key_of(message: Message) -> Optional[str]:
    """The FAQ key an example is labelled with (intent-block or example metadata), else None."""
    metadata = message.get("metadata") or {}
    for level in ("example", "intent"):
        key = (metadata.get(level) or {}).get(METADATA_KEY)
        if key:
            return str(key)
    return None


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class FaqTopicSelector(GraphComponent):
    """Adds ``faq_topic`` (best FAQ key, its probability, the top keys) to each message."""

    @classmethod
    def required_components(cls) -> List[Type]:
        return [Featurizer]

    @staticmethod
    def required_packages() -> List[Text]:
        return ["sklearn"]

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        """Defaults; every key can be set in config.yml."""
        return {"C": 10.0, "max_iter": 3000, "class_weight": None, "random_state": 42, "ranking_length": 5}

    @classmethod
    def fingerprint_addon(cls, config: Dict[Text, Any]) -> Optional[str]:
        """Retrain when the components' code changes (bot/components/fingerprints.py)."""
        return component_fingerprint({**cls.get_default_config(), **config})

    def __init__(self, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
                 model: Optional[LinearModel] = None) -> None:
        self._config = {**self.get_default_config(), **config}
        self._model_storage = model_storage
        self._resource = resource
        self._model = model

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "FaqTopicSelector":
        return cls(config, model_storage, resource)

    def train(self, training_data: TrainingData) -> Resource:
        """Fit on the examples that carry an FAQ key; with fewer than two keys nothing is learnt."""
        examples = [m for m in training_data.intent_examples if m.get(TEXT) and faq_key_of(m)]
        keys = [faq_key_of(m) for m in examples]
        if len(set(keys)) < 2:
            logger.debug("FaqTopicSelector: fewer than two FAQ keys in the data, nothing to train.")
            return self._resource
        self._model = fit_linear_model(examples, keys, self._config)
        with self._model_storage.write_to(self._resource) as directory:
            self._model.save(directory)
        return self._resource

    def process(self, messages: List[Message]) -> List[Message]:
        """Set ``faq_topic`` on each message (nothing when untrained)."""
        if self._model is None or not messages:
            return messages
        for message, row in zip(messages, self._model.probabilities(messages)):
            ranking = [{"key": item["name"], "confidence": item["confidence"]}
                       for item in self._model.ranking(row, self._config["ranking_length"])]
            message.set(FAQ_TOPIC, {**ranking[0], "ranking": ranking}, add_to_output=True)
        return messages

    @classmethod
    def load(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> "FaqTopicSelector":
        try:
            with model_storage.read_from(resource) as directory:
                model: Optional[LinearModel] = LinearModel.read(directory)
        except (ValueError, FileNotFoundError):
            logger.debug("FaqTopicSelector: no trained weights in %s.", resource.name)
            model = None
        return cls(config, model_storage, resource, model)
