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

from typing import Any, Dict, List, Optional, Text

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.components.linear_component import LinearComponent

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
class FaqTopicSelector(LinearComponent):
    """Adds ``faq_topic`` (best FAQ key, its probability, the top keys) to each message."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        """Defaults; every key can be set in config.yml."""
        return {"C": 10.0, "max_iter": 3000, "class_weight": None, "random_state": 42, "ranking_length": 5,
                # the aliases of the featurizers it reads (empty: all); config.yml leaves out the
                # spacing-free n-grams, which help intents but blur the FAQ entries (docs/nlu.md)
                "featurizers": []}

    def train(self, training_data: TrainingData) -> Resource:
        """Fit on the examples that carry an FAQ key."""
        examples = [m for m in training_data.intent_examples if m.get(TEXT) and faq_key_of(m)]
        return self.fit_and_store(examples, [str(faq_key_of(m)) for m in examples])

    def process(self, messages: List[Message]) -> List[Message]:
        """Set ``faq_topic`` on each message (nothing when untrained)."""
        if self._model is None or not messages:
            return messages
        for message, row in zip(messages, self._model.probabilities(messages)):
            ranking = [{"key": item["name"], "confidence": item["confidence"]}
                       for item in self._model.ranking(row, self._config["ranking_length"])]
            message.set(FAQ_TOPIC, {**ranking[0], "ranking": ranking}, add_to_output=True)
        return messages
