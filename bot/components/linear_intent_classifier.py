"""Intent classifier: TF-IDF weighted sparse features, a multinomial logistic regression and a
linear SVM whose probabilities are averaged (bot/components/linear_text_model.py).

Why not DIET: the intents are told apart by a handful of words and character n-grams
("과태료", "지원금", "언제까지") in ~10,000 mostly short examples. On the held-out set of
`make nlu-eval` regularised linear models over the same featurizers generalise to new phrasings
better than DIET (docs/nlu.md has the figures), train in a minute or two instead of most of an
hour on two cores, and give probabilities the FallbackClassifier can threshold.
"""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.components.linear_component import LinearComponent


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class LinearIntentClassifier(LinearComponent, IntentClassifier):
    """Sets `intent` and `intent_ranking` with probabilities (read by the FallbackClassifier)."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        """Defaults; every key can be set in config.yml."""
        return {
            # inverse regularisation strength (chosen by cross-validation on nlu_data/train)
            "C": 10.0,
            "max_iter": 3000,
            # weight intents inversely to their number of examples
            "class_weight": "balanced",
            # a linear SVM averaged with the regression (0 = regression alone) and the sharpness
            # of its softmax; chosen by a leave-one-round-out validation on nlu_data/train
            "svm_C": 0.5,
            "svm_scale": 2.0,
            "random_state": 42,
            # how many intents the ranking keeps (0 = all)
            "ranking_length": 10,
            # messages at least this long also get features of their question part alone
            # (the last sentence asking something; bot/components/question_focus.py); 0 = off
            "question_focus_min_chars": 120,
            # the aliases of the featurizers it reads (empty: all of them)
            "featurizers": [],
        }

    def train(self, training_data: TrainingData) -> Resource:
        """Fit on every example that has an intent and a text."""
        examples = [m for m in training_data.intent_examples if m.get(INTENT) and m.get(TEXT)]
        return self.fit_and_store(examples, [m.get(INTENT) for m in examples])

    def process(self, messages: List[Message]) -> List[Message]:
        """Set the most likely intent and the ranking (messages stay untouched when untrained)."""
        if self._model is None or not messages:
            return messages
        for message, row in zip(messages, self._model.probabilities(messages)):
            ranking = self._model.ranking(row, self._config["ranking_length"])
            message.set(INTENT, ranking[0], add_to_output=True)
            message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
        return messages
