"""A TF-IDF weighted multinomial logistic regression over Rasa's sparse features, optionally
averaged with a linear SVM on the same features.

Shared by the intent classifier and the FAQ topic selector. The features are the sentence-level
sparse features of the featurizers earlier in the pipeline (CountVectorsFeaturizer on morphemes
and on characters; with ``featurizers`` named, only theirs) and, with ``question_focus_min_chars``
set, a second block: the summed token features of the message's question part
(bot/components/question_focus.py), so the question at the end of a long story is not drowned by
the story. Counts are weighted with sublinear TF-IDF and each row is L2-normalised, so a long
story does not outweigh a short question. The fitted model is kept as plain arrays, stored with
``numpy.savez`` without pickle and applied with numpy, so loading a model never executes stored
code.

With ``svm_C`` set, a linear SVM (squared hinge loss) is fitted on the same weighted features
and the probabilities are the mean of the regression's softmax and a softmax of the SVM's
margins times ``svm_scale``. The two losses err on different messages: in a leave-one-round-out
validation on the training data the average beat either model alone (docs/nlu.md).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence, Tuple

import numpy as np
import scipy.sparse

from rasa.nlu.constants import TOKENS_NAMES
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.components.question_focus import question_span

WEIGHTS_FILE = "weights.npz"
LABELS_FILE = "labels.json"


@dataclass(frozen=True)
class LinearModel:
    """What prediction needs: IDF weights, one coefficient row per label, intercepts."""

    labels: List[str]
    idf: np.ndarray
    coef: np.ndarray
    intercept: np.ndarray
    widths: Tuple[int, ...]
    focus_min_chars: int = 0
    # the optional SVM: one margin row per label, intercepts, and how sharp its softmax is
    svm_coef: Optional[np.ndarray] = None
    svm_intercept: Optional[np.ndarray] = None
    svm_scale: float = 1.0
    # the aliases of the featurizers whose features the model reads (empty: all of them)
    featurizers: Tuple[str, ...] = ()
    # coef transposed and C-ordered: a sparse row times it costs nnz × labels, whereas ``coef.T``
    # (a strided view) makes scipy copy the whole matrix on every parse
    _coef_t: np.ndarray = field(init=False, repr=False, compare=False)
    _svm_coef_t: Optional[np.ndarray] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_coef_t", np.ascontiguousarray(self.coef.T))
        svm_t = None if self.svm_coef is None else np.ascontiguousarray(self.svm_coef.T)
        object.__setattr__(self, "_svm_coef_t", svm_t)

    def probabilities(self, messages: Sequence[Message]) -> np.ndarray:
        """Softmax over labels, one row per message (averaged with the SVM's when there is one)."""
        counts, _ = feature_counts(messages, self.focus_min_chars, self.widths, self.featurizers)
        features = weighted(counts, self.idf, self.widths)
        result = _softmax(np.asarray(features @ self._coef_t) + self.intercept)
        if self._svm_coef_t is not None:
            margins = np.asarray(features @ self._svm_coef_t) + self.svm_intercept
            result = (result + _softmax(self.svm_scale * margins)) / 2
        return result

    def ranking(self, row: np.ndarray, length: int) -> List[Dict[str, Any]]:
        """Labels with their probabilities, most likely first (``length`` 0 keeps all)."""
        order = np.argsort(-row, kind="stable")
        ranked = [{"name": self.labels[i], "confidence": float(row[i])} for i in order]
        return ranked[:length] if length > 0 else ranked

    def save(self, directory: Path) -> None:
        svm = {} if self.svm_coef is None else {
            "svm_coef": self.svm_coef, "svm_intercept": self.svm_intercept, "svm_scale": np.array(self.svm_scale)}
        np.savez(directory / WEIGHTS_FILE, idf=self.idf, coef=self.coef, intercept=self.intercept,
                 widths=np.array(self.widths, dtype=np.int64), focus_min_chars=np.array(self.focus_min_chars),
                 featurizers=np.array(self.featurizers, dtype=np.str_), **svm)
        (directory / LABELS_FILE).write_text(json.dumps(self.labels, ensure_ascii=False), encoding="utf-8")

    @classmethod
    def read(cls, directory: Path) -> "LinearModel":
        labels = json.loads((directory / LABELS_FILE).read_text(encoding="utf-8"))
        with np.load(directory / WEIGHTS_FILE, allow_pickle=False) as arrays:
            svm = {} if "svm_coef" not in arrays.files else {
                "svm_coef": arrays["svm_coef"], "svm_intercept": arrays["svm_intercept"],
                "svm_scale": float(arrays["svm_scale"])}
            featurizers = tuple(str(name) for name in arrays["featurizers"]) if "featurizers" in arrays.files else ()
            return cls(labels, arrays["idf"], arrays["coef"], arrays["intercept"],
                       tuple(int(w) for w in arrays["widths"]), int(arrays["focus_min_chars"]),
                       featurizers=featurizers, **svm)


def fit_linear_model(messages: Sequence[Message], labels: Sequence[str], config: Dict[str, Any]) -> LinearModel:
    """Fit sublinear TF-IDF and a logistic regression (``C``, ``max_iter``, ``class_weight``,
    ``question_focus_min_chars``: 0 for whole-message features only; ``featurizers``: the aliases
    whose features it reads, empty for all) and, with ``svm_C`` above 0, a linear SVM beside it
    (``svm_scale`` sharpens its softmax)."""
    from sklearn.feature_extraction.text import TfidfTransformer
    from sklearn.linear_model import LogisticRegression

    focus_min_chars = int(config.get("question_focus_min_chars") or 0)
    featurizers = tuple(config.get("featurizers") or ())
    _check_featurizers_found(messages, featurizers)
    counts, widths = feature_counts(messages, focus_min_chars, None, featurizers)
    idf = TfidfTransformer(sublinear_tf=True).fit(counts).idf_
    features = weighted(counts, idf, widths)
    classifier = LogisticRegression(C=config["C"], max_iter=config["max_iter"],
                                    class_weight=config.get("class_weight"), random_state=config.get("random_state", 42))
    classifier.fit(features, list(labels))
    coef, intercept = _two_rows_for_two_labels(classifier.coef_, classifier.intercept_)
    svm = _fit_svm(features, labels, config) if config.get("svm_C") else {}
    return LinearModel([str(c) for c in classifier.classes_], idf, coef, intercept, widths, focus_min_chars,
                       featurizers=featurizers, **svm)


def _check_featurizers_found(messages: Sequence[Message], featurizers: Sequence[str]) -> None:
    """A misspelt alias would silently drop a featurizer's features: name it instead."""
    origins = {feature.origin for message in messages for feature in message.features}
    missing = [name for name in featurizers if name not in origins]
    if messages and missing:
        raise ValueError(f"featurizers {missing} added no features; the pipeline's are {sorted(map(str, origins))}")


def _fit_svm(features: scipy.sparse.csr_matrix, labels: Sequence[str], config: Dict[str, Any]) -> Dict[str, Any]:
    """A one-vs-rest linear SVM on the same features; its labels come out in the same sorted
    order as the regression's (both use ``np.unique``)."""
    from sklearn.svm import LinearSVC

    svm = LinearSVC(C=config["svm_C"], class_weight=config.get("class_weight"),
                    random_state=config.get("random_state", 42), max_iter=config["max_iter"])
    svm.fit(features, list(labels))
    coef, intercept = _two_rows_for_two_labels(svm.coef_, svm.intercept_)
    return {"svm_coef": coef, "svm_intercept": intercept, "svm_scale": float(config.get("svm_scale", 1.0))}


def _two_rows_for_two_labels(coef: np.ndarray, intercept: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
    """sklearn keeps one row for two classes; two rows make the softmax the same for any count."""
    if coef.shape[0] == 1:
        return np.vstack([-coef / 2, coef / 2]), np.array([-intercept[0] / 2, intercept[0] / 2])
    return coef, intercept


def _softmax(scores: np.ndarray) -> np.ndarray:
    scores = scores - np.max(scores, axis=1, keepdims=True)
    exp = np.exp(scores)
    return exp / exp.sum(axis=1, keepdims=True)


def weighted(counts: scipy.sparse.csr_matrix, idf: np.ndarray, widths: Sequence[int]) -> scipy.sparse.csr_matrix:
    """Sublinear TF (1 + log tf) times IDF, L2-normalised per block of each row (as sklearn's
    TfidfTransformer does for one block), so the question part weighs as much as the whole message.

    Works on the stored values of the sparse matrix directly (one pass over the non-zeros): this
    runs on every parse, twice, and building diagonal matrices per call cost more than the rest.
    """
    matrix = scipy.sparse.csr_matrix(counts, dtype=np.float64, copy=True)
    positive = matrix.data > 0
    matrix.data[positive] = 1.0 + np.log(matrix.data[positive])
    matrix.data *= idf[matrix.indices]
    rows = np.repeat(np.arange(matrix.shape[0]), np.diff(matrix.indptr))
    cells = rows * len(widths) + np.searchsorted(np.cumsum(widths), matrix.indices, side="right")
    norms = np.sqrt(np.bincount(cells, weights=matrix.data ** 2, minlength=matrix.shape[0] * len(widths)))
    norms[norms == 0] = 1.0
    matrix.data /= norms[cells]
    return matrix


def feature_counts(messages: Sequence[Message], focus_min_chars: int, widths: Optional[Tuple[int, ...]],
                   featurizers: Sequence[str] = ()) -> Tuple[scipy.sparse.csr_matrix, Tuple[int, ...]]:
    """One row of counts per message: the sentence features, then (with ``focus_min_chars``) the
    question part's summed token features; and the width of each block. Only the features of the
    ``featurizers`` named count (none named: all).

    A message without features (the empty string) gets zeros; at prediction time each block is
    cut or padded to its trained width, so a vocabulary mismatch cannot crash parsing.
    """
    per_message = [_message_rows(m, focus_min_chars, featurizers) for m in messages]
    blocks = list(zip(*per_message)) if per_message else [()] * (2 if focus_min_chars else 1)
    if widths is None:
        widths = tuple(max((r.shape[1] for r in rows if r is not None), default=0) for rows in blocks)
    if not messages:
        return scipy.sparse.csr_matrix((0, sum(widths))), widths
    stacked = [scipy.sparse.vstack([_fit_width(r, width) for r in rows]) for rows, width in zip(blocks, widths)]
    return scipy.sparse.csr_matrix(scipy.sparse.hstack(stacked)), widths


def _message_rows(message: Message, focus_min_chars: int,
                  featurizers: Sequence[str]) -> Tuple[Optional[scipy.sparse.csr_matrix], ...]:
    """The message's count rows, one per block. Rasa combines the featurizers' matrices on every
    ``get_sparse_features`` call, so it is called once here for both blocks."""
    sequence, sentence = message.get_sparse_features(TEXT, list(featurizers))
    sentence_row = scipy.sparse.csr_matrix(sentence.features) if sentence is not None else None
    if not focus_min_chars:
        return (sentence_row,)
    return sentence_row, _question_row(message, sequence, focus_min_chars)


def _question_row(message: Message, sequence: Optional[Any], min_chars: int) -> Optional[scipy.sparse.csr_matrix]:
    """Summed token (sequence) features of the tokens inside the message's question part."""
    if sequence is None:
        return None
    matrix = scipy.sparse.csr_matrix(sequence.features)
    tokens = message.get(TOKENS_NAMES[TEXT]) or []
    start, end = question_span(message.get(TEXT) or "", min_chars)
    inside = [i for i, token in enumerate(tokens) if token.start >= start and token.end <= end]
    if len(tokens) == matrix.shape[0] and inside:
        matrix = matrix[inside]
    return scipy.sparse.csr_matrix(matrix.sum(axis=0))


def _fit_width(row: Optional[scipy.sparse.csr_matrix], width: int) -> scipy.sparse.csr_matrix:
    if row is None:
        return scipy.sparse.csr_matrix((1, width))
    if row.shape[1] >= width:
        return row[:, :width]
    return scipy.sparse.hstack([row, scipy.sparse.csr_matrix((1, width - row.shape[1]))]).tocsr()
