"""A TF-IDF weighted multinomial logistic regression over Rasa's sparse sentence features.

Shared by the intent classifier and the FAQ topic selector. The features are the sentence-level
sparse features of the featurizers earlier in the pipeline (CountVectorsFeaturizer on morphemes
and on characters), weighted with sublinear TF-IDF and L2-normalised, so a long story does not
outweigh a short question. The fitted model is kept as plain arrays, stored with ``numpy.savez``
without pickle and applied with numpy, so loading a model never executes stored code.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence

import numpy as np
import scipy.sparse

from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message

WEIGHTS_FILE = "weights.npz"
LABELS_FILE = "labels.json"


@dataclass(frozen=True)
class LinearModel:
    """What prediction needs: IDF weights, one coefficient row per label, intercepts."""

    labels: List[str]
    idf: np.ndarray
    coef: np.ndarray
    intercept: np.ndarray

    def probabilities(self, messages: Sequence[Message]) -> np.ndarray:
        """Softmax over labels, one row per message."""
        counts = sentence_counts(messages, width=len(self.idf))
        scores = np.asarray(weighted(counts, self.idf) @ self.coef.T) + self.intercept
        scores -= np.max(scores, axis=1, keepdims=True)
        exp = np.exp(scores)
        return exp / exp.sum(axis=1, keepdims=True)

    def ranking(self, row: np.ndarray, length: int) -> List[Dict[str, Any]]:
        """Labels with their probabilities, most likely first (``length`` 0 keeps all)."""
        order = np.argsort(-row, kind="stable")
        ranked = [{"name": self.labels[i], "confidence": float(row[i])} for i in order]
        return ranked[:length] if length > 0 else ranked

    def save(self, directory: Path) -> None:
        np.savez(directory / WEIGHTS_FILE, idf=self.idf, coef=self.coef, intercept=self.intercept)
        (directory / LABELS_FILE).write_text(json.dumps(self.labels, ensure_ascii=False), encoding="utf-8")

    @classmethod
    def read(cls, directory: Path) -> "LinearModel":
        labels = json.loads((directory / LABELS_FILE).read_text(encoding="utf-8"))
        with np.load(directory / WEIGHTS_FILE, allow_pickle=False) as arrays:
            return cls(labels, arrays["idf"], arrays["coef"], arrays["intercept"])


def fit_linear_model(messages: Sequence[Message], labels: Sequence[str], config: Dict[str, Any]) -> LinearModel:
    """Fit sublinear TF-IDF and a logistic regression (``C``, ``max_iter``, ``class_weight``)."""
    from sklearn.feature_extraction.text import TfidfTransformer
    from sklearn.linear_model import LogisticRegression

    counts = sentence_counts(messages, width=None)
    idf = TfidfTransformer(sublinear_tf=True).fit(counts).idf_
    classifier = LogisticRegression(C=config["C"], max_iter=config["max_iter"],
                                    class_weight=config.get("class_weight"), random_state=config.get("random_state", 42))
    classifier.fit(weighted(counts, idf), list(labels))
    coef, intercept = classifier.coef_, classifier.intercept_
    if len(classifier.classes_) == 2:
        # sklearn keeps one row for two classes; two rows make the softmax the same for any count
        coef, intercept = np.vstack([-coef / 2, coef / 2]), np.array([-intercept[0] / 2, intercept[0] / 2])
    return LinearModel([str(c) for c in classifier.classes_], idf, coef, intercept)


def weighted(counts: scipy.sparse.csr_matrix, idf: np.ndarray) -> scipy.sparse.csr_matrix:
    """Sublinear TF (1 + log tf) times IDF, each row L2-normalised (sklearn's TfidfTransformer)."""
    matrix = scipy.sparse.csr_matrix(counts, dtype=np.float64, copy=True)
    positive = matrix.data > 0
    matrix.data[positive] = 1.0 + np.log(matrix.data[positive])
    matrix = matrix @ scipy.sparse.diags(idf)
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1))).ravel()
    norms[norms == 0] = 1.0
    return scipy.sparse.csr_matrix(scipy.sparse.diags(1.0 / norms) @ matrix)


def sentence_counts(messages: Sequence[Message], width: Optional[int]) -> scipy.sparse.csr_matrix:
    """One row of sentence-level sparse features per message.

    A message without features (the empty string) gets a zero row; at prediction time rows are
    cut or padded to the trained width, so a vocabulary mismatch cannot crash parsing.
    """
    rows = []
    for message in messages:
        features = message.get_sparse_features(TEXT)[1]
        rows.append(scipy.sparse.csr_matrix(features.features) if features is not None else None)
    if width is None:
        width = max((r.shape[1] for r in rows if r is not None), default=0)
    if not rows:
        return scipy.sparse.csr_matrix((0, width))
    return scipy.sparse.csr_matrix(scipy.sparse.vstack([_fit_width(r, width) for r in rows]))


def _fit_width(row: Optional[scipy.sparse.csr_matrix], width: int) -> scipy.sparse.csr_matrix:
    if row is None:
        return scipy.sparse.csr_matrix((1, width))
    if row.shape[1] >= width:
        return row[:, :width]
    return scipy.sparse.hstack([row, scipy.sparse.csr_matrix((1, width - row.shape[1]))]).tocsr()
