"""Typed NLU settings, validated once; the caller passes them in (nothing is read implicitly)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

DEFAULT_DATA_DIR = Path(__file__).resolve().parent / "data"
"""The project's training data (Rasa 3 YAML) shipped inside the package."""


class LinearOptions(BaseModel):
    """Hyper-parameters of the default classifier; all of them are part of the model's hash."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    c: float = Field(default=10.0, gt=0, description="inverse L2 strength of the logistic loss")
    char_ngrams: tuple[int, int] = (1, 5)
    char_weight: float = Field(default=0.8, ge=0)
    word_bigrams: bool = True
    stems: bool = True
    oov: Literal["keep", "mask"] = "mask"
    placeholders: bool = True
    unknown_chars: bool = Field(
        default=True, description="unknown words still give their character n-grams"
    )
    word_dropout: bool = Field(
        default=True, description="also train on a copy with one word left out per message"
    )
    balanced: bool = True
    calibration_folds: int = Field(default=3, ge=2, le=20)
    calibration_tolerance: float = Field(
        default=1e-5,
        gt=0,
        lt=1,
        description="the calibration folds' solver stops at this relative change of the loss "
        "(the temperature needs their logits, not their exact optimum; the model itself 1e-7)",
    )
    max_iter: int = Field(default=400, ge=10)
    seed: int = 13

    @field_validator("char_ngrams")
    @classmethod
    def _ordered(cls, value: tuple[int, int]) -> tuple[int, int]:
        low, high = value
        if not 1 <= low <= high <= 8:
            raise ValueError("need 1 <= low <= high <= 8")
        return value


class NLUConfig(BaseModel):
    """Where the model lives, what it learns from, which classifier answers, and thresholds.

    ``fallback_threshold``: below this calibrated confidence the result is a fallback.
    ``ambiguity_margin``: a top-2 margin below this marks the result ambiguous (and fallback).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    model_dir: Path = Path(".prakerja/nlu-model")
    data_paths: list[Path] = Field(default_factory=lambda: [DEFAULT_DATA_DIR])
    classifier: Literal["linear", "rasa"] = "linear"
    rasa_url: str | None = None
    rasa_timeout: float = Field(default=5.0, gt=0)
    fallback_threshold: float = Field(default=0.5, ge=0, le=1)
    ambiguity_margin: float = Field(default=0.1, ge=0, le=1)
    linear: LinearOptions = LinearOptions()

    @field_validator("rasa_url")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith(("http://", "https://")):
            raise ValueError("use http://host:port of a running Rasa server")
        return value.rstrip("/") if value else value

    @field_validator("data_paths")
    @classmethod
    def _some_data(cls, value: list[Path]) -> list[Path]:
        if not value:
            raise ValueError("name at least one Rasa YAML file or directory")
        return value

    @model_validator(mode="after")
    def _rasa_needs_url(self) -> NLUConfig:
        if self.classifier == "rasa" and not self.rasa_url:
            raise ValueError("rasa_url is required when classifier is 'rasa'")
        return self
