"""One Korean rule layer per model, shared by the components that read its findings.

The rule layer (korean_rules.py) runs twice in a parse's graph if each component builds its own:
the entity-type featurizer needs its findings before the intent classifier, the entity extractor
after it. Both get the layer here, built once per backend and rule data, and the extractor takes
the entities the featurizer already found on a message instead of running the rules again.

The rule data (word lists, regex rules, user dictionary) is stored inside the trained model by
each component, so a model parses the same on any machine, whatever ``nlu_data/`` holds there.
"""
from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import json
import re
from dataclasses import asdict
from pathlib import Path
from typing import Any, Dict, List, Optional, Text, Tuple

from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.components.fingerprints import component_fingerprint
from bot.components.korean_morphology import UserWord, read_user_dictionary
from bot.components.korean_rules import FoundEntity, KoreanRuleLayer, load_rule_data
from bot.components.spacy_korean import make_korean_nlp

RULE_DATA_FILE = "rule_data.json"
MESSAGE_DATE_KEY = "message_date"
# where the first component to run the rules leaves their findings on the message
FOUND_ENTITIES_KEY = "korean_rule_entities"

# the settings of every component that runs the rule layer; each can be set in config.yml
RULE_LAYER_DEFAULTS: Dict[Text, Any] = {
    # tokenizer backend of the spaCy pipeline: "kiwi" or "okt" (match the Rasa tokenizer)
    "backend": "kiwi",
    # user dictionary folder (*.tsv), the same as the tokenizer's
    "dictionary_path": "nlu_data/dictionary",
    # folder holding lexicon.yml (word lists) and quantities.yml (regex rules)
    "patterns_path": "nlu_data/patterns",
    # Rasa synonyms file whose blocks become `program` word lists
    "program_synonyms_path": "nlu_data/train/program_synonyms.yml",
}
RULE_FILE_KEYS = ("dictionary_path", "patterns_path", "program_synonyms_path")

_LAYERS: Dict[Tuple[str, str], KoreanRuleLayer] = {}


def rule_files_fingerprint(config: Dict[Text, Any]) -> Optional[str]:
    """The components' code and the rule files the config names: a component that runs the rule
    layer retrains when either changes (fingerprints.py)."""
    return component_fingerprint(config, *RULE_FILE_KEYS)


def rule_data_from_files(config: Dict[Text, Any]) -> Dict[Text, Any]:
    """Rule data and user dictionary read from the folders the config names."""
    synonyms = config.get("program_synonyms_path")
    data = load_rule_data(Path(config["patterns_path"]), Path(synonyms) if synonyms else None)
    dictionary = config.get("dictionary_path")
    words = read_user_dictionary(Path(dictionary)) if dictionary else ()
    data["user_words"] = [{"word": w.word, "tag": w.tag} for w in words]
    return data


def store_rule_data(rule_data: Dict[Text, Any], model_storage: ModelStorage, resource: Resource) -> None:
    """Write the rule data into the component's resource of the model."""
    with model_storage.write_to(resource) as directory:
        (Path(directory) / RULE_DATA_FILE).write_text(json.dumps(rule_data, ensure_ascii=False), encoding="utf-8")


def read_rule_data(model_storage: ModelStorage, resource: Resource, config: Dict[Text, Any]) -> Dict[Text, Any]:
    """The rule data stored in the model; the files of the config for a model stored without it."""
    try:
        with model_storage.read_from(resource) as directory:
            return json.loads((Path(directory) / RULE_DATA_FILE).read_text(encoding="utf-8"))
    except (ValueError, FileNotFoundError):
        return rule_data_from_files(config)


def shared_layer(backend: str, rule_data: Dict[Text, Any]) -> KoreanRuleLayer:
    """The rule layer for this backend and rule data, built on first use (spaCy and the
    analyser's dictionary take most of a second to set up and a few MB each)."""
    key = (backend, hashlib.sha256(json.dumps(rule_data, sort_keys=True, ensure_ascii=False).encode()).hexdigest())
    if key not in _LAYERS:
        user_words = [UserWord(**entry) for entry in rule_data["user_words"]]
        _LAYERS[key] = KoreanRuleLayer(make_korean_nlp(backend, user_words), rule_data)
    return _LAYERS[key]


def found_entities(message: Message, layer: KoreanRuleLayer) -> List[FoundEntity]:
    """The rule layer's entities of the message's text, found once per message and kept on it
    (as plain dicts: Rasa fingerprints a message's data as JSON)."""
    cached = message.get(FOUND_ENTITIES_KEY)
    if cached is None:
        cached = [asdict(entity) for entity in layer.find(message.get(TEXT) or "", message_date(message))]
        message.set(FOUND_ENTITIES_KEY, cached)
    return [FoundEntity(**entity) for entity in cached]


def message_date(message: Message) -> dt.date:
    """The date a message was written: metadata ``message_date`` (ISO) or today."""
    metadata = message.get("metadata") or {}
    raw = metadata.get(MESSAGE_DATE_KEY) if isinstance(metadata, dict) else None
    if isinstance(raw, str) and _is_iso_date(raw[:10]):
        return dt.date.fromisoformat(raw[:10])
    return dt.date.today()


def _is_iso_date(text: str) -> bool:
    """YYYY-MM-DD that is a real calendar date."""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return False
    year, month, day = (int(part) for part in text.split("-"))
    return 1 <= year and 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]
