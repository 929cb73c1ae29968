"""What the two linear components share: construction, training storage, loading, fingerprint.

`LinearIntentClassifier` and `FaqTopicSelector` differ only in which examples and labels they
learn and in what they write on a message; both keep a `LinearModel` (linear_text_model.py).
"""
from __future__ import annotations

import logging
from typing import Any, Dict, List, Optional, Sequence, Text, Type

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.featurizers.featurizer import Featurizer
from rasa.shared.nlu.training_data.message import Message

from bot.components.fingerprints import component_fingerprint
from bot.components.linear_text_model import LinearModel, fit_linear_model

logger = logging.getLogger(__name__)


class LinearComponent(GraphComponent):
    """A trainable graph component holding one TF-IDF + logistic regression model."""

    @classmethod
    def required_components(cls) -> List[Type]:
        return [Featurizer]

    @staticmethod
    def required_packages() -> List[Text]:
        return ["sklearn"]

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
               execution_context: ExecutionContext) -> "LinearComponent":
        return cls(config, model_storage, resource)

    def fit_and_store(self, examples: Sequence[Message], labels: Sequence[str]) -> Resource:
        """Fit on the examples (nothing with fewer than two labels) and persist the arrays."""
        if len(set(labels)) < 2:
            logger.debug("%s: fewer than two labels, nothing to train.", type(self).__name__)
            return self._resource
        self._model = fit_linear_model(examples, labels, self._config)
        with self._model_storage.write_to(self._resource) as directory:
            self._model.save(directory)
        return self._resource

    @classmethod
    def load(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> "LinearComponent":
        """The trained arrays; an untrained component when the model has none."""
        try:
            with model_storage.read_from(resource) as directory:
                model: Optional[LinearModel] = LinearModel.read(directory)
        except (ValueError, FileNotFoundError):
            logger.debug("%s: no trained weights in %s.", cls.__name__, resource.name)
            model = None
        return cls(config, model_storage, resource, model)
