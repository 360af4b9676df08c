"""Indonesian NLU for the Prakerja Assistant: normaliser, intent classifier, entities.

    from nlu import NLUConfig, load_parser
    parser = load_parser(NLUConfig())          # cached model, or trains one (seconds)
    result = parser.parse("gmn cara daftar min")
    result.intent.name, result.intent.confidence, result.entities, result.fallback

Importing this package loads no model and reads nothing from disk.
"""

from nlu.classifier import Classification, IntentClassifier
from nlu.config import DEFAULT_DATA_DIR, LinearOptions, NLUConfig
from nlu.errors import ClassifierUnavailable, ModelError, NLUError, TrainingDataError
from nlu.evaluate import EvaluationReport, cross_validate, evaluate
from nlu.linear import LinearIntentClassifier
from nlu.normalise import Normaliser
from nlu.pipeline import FALLBACK_INTENT, Parser
from nlu.rasa_http import RasaHTTPClassifier
from nlu.rasa_yaml import load_training_data, parse_rasa_yaml, parse_tsv
from nlu.training import load_parser, parser_at, train
from nlu.training_data import Annotation, Example, TrainingData
from nlu.types import Entity, IntentScore, ParseResult

__all__ = [
    "DEFAULT_DATA_DIR",
    "FALLBACK_INTENT",
    "Annotation",
    "Classification",
    "ClassifierUnavailable",
    "Entity",
    "EvaluationReport",
    "Example",
    "IntentClassifier",
    "IntentScore",
    "LinearIntentClassifier",
    "LinearOptions",
    "ModelError",
    "NLUConfig",
    "NLUError",
    "Normaliser",
    "ParseResult",
    "Parser",
    "RasaHTTPClassifier",
    "TrainingData",
    "TrainingDataError",
    "cross_validate",
    "evaluate",
    "load_parser",
    "load_training_data",
    "parse_rasa_yaml",
    "parse_tsv",
    "parser_at",
    "train",
]
