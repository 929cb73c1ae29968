"""What the message-level featurizers share: one sparse sentence row per message with a text.

`EntityTypeFeaturizer` and `SurfaceCharFeaturizer` add no token (sequence) features, only one
row per message beside the word counts; they differ only in how a row is computed (`_row`).
"""
from __future__ import annotations

from typing import Any, Dict, List, Mapping, Sequence, Text

import numpy as np
import scipy.sparse

from rasa.engine.graph import ExecutionContext
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData


def sentence_row(values: Mapping[int, float], width: int) -> scipy.sparse.coo_matrix:
    """A 1 × width sparse row with ``values`` at their columns (float32, columns sorted)."""
    columns = sorted(values)
    data = np.array([values[column] for column in columns], dtype=np.float32)
    return scipy.sparse.coo_matrix((data, ([0] * len(columns), columns)), shape=(1, width))


class SentenceRowMixin:
    """Adds ``self._row(message)`` as the sentence feature of every message with a text; nothing
    while untrained (no columns). Mixed into a Rasa SparseFeaturizer."""

    _column: Dict[str, int]

    def __init__(self, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
                 execution_context: ExecutionContext, columns: Sequence[str]) -> None:
        """The config over the defaults (validated by Rasa's Featurizer), where the model is
        stored, and the trained columns in order."""
        merged = {**self.get_default_config(), **config}  # type: ignore[attr-defined]
        super().__init__(execution_context.node_name, merged)  # type: ignore[call-arg]
        self._model_storage = model_storage
        self._resource = resource
        self._column = {name: i for i, name in enumerate(columns)}

    def _row(self, message: Message) -> scipy.sparse.coo_matrix:
        raise NotImplementedError

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        self.process(training_data.training_examples)
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        """Add the sentence row to every message with a text (nothing when untrained)."""
        if not self._column:
            return messages
        for message in messages:
            if message.get(TEXT):
                self.add_features_to_message(None, self._row(message), TEXT, message)  # type: ignore[attr-defined]
        return messages
