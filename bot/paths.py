"""Where the bot's files live, relative to the repository root."""
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "config.yml"
DOMAIN = ROOT / "bot" / "domain"
TRAINING_DATA = (ROOT / "nlu_data" / "train", ROOT / "policies")
ENDPOINTS = ROOT / "endpoints.yml"
CREDENTIALS = ROOT / "credentials.yml"
VAR = ROOT / "var"
