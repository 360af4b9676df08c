"""Programme facts that may change (amounts, ages, contacts): read from config.yml, passed in."""

from __future__ import annotations

from pydantic import BaseModel, Field


class ProgrammeConfig(BaseModel):
    min_age: int = Field(18, ge=15, le=30)
    max_age: int = Field(64, ge=30, le=100)
    max_beneficiaries_per_kk: int = Field(2, ge=1)
    contact_centre: str = "0800-150-3001"
    courses_per_page: int = Field(5, ge=1, le=10)
