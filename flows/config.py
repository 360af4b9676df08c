"""Programme facts that may change (amounts, ages, hours, limits): read from config.yml, passed in.

Every number a flow uses comes from here; ``config.yml`` (section ``programme:``) documents each.
"""

from __future__ import annotations

from datetime import time

from pydantic import BaseModel, Field, model_validator

from flows.formatting import money


class EraRules(BaseModel):
    """The package and rules of one era ("semi_bansos" 2020-2022, "normal" 2023-2024)."""

    years: str
    waves: str
    training_balance: int = Field(gt=0)
    incentive_amount: int = Field(gt=0)
    incentive_times: int = Field(ge=1)
    survey_amount: int = Field(ge=0)
    survey_times: int = Field(ge=0)
    purchase_days: int = Field(ge=1)  # to buy the first course after the announcement
    rest_days: int = Field(0, ge=0)  # to spend the rest after rating the first course
    social_assistance_allowed: bool = True  # may other social-assistance recipients join?
    min_course_hours: int | None = Field(None, ge=1)  # a course's least length (None: unstated)

    @property
    def total(self) -> int:
        return (
            self.training_balance
            + self.incentive_amount * self.incentive_times
            + self.survey_amount * self.survey_times
        )

    def facts(self) -> dict[str, object]:
        """The package as parameters of the knowledge-base texts (amounts as participants read
        them: Rp3.500.000)."""
        return {
            "years": self.years,
            "training": money(self.training_balance),
            "incentive": money(self.incentive_amount),
            "incentive_times": self.incentive_times,
            "survey": money(self.survey_amount),
            "survey_times": self.survey_times,
            "total": money(self.total),
            "purchase_days": self.purchase_days,
            "rest_days": self.rest_days,
            "min_hours": self.min_course_hours,
        }


def _default_eras() -> dict[str, EraRules]:
    return {
        "normal": EraRules(
            years="2023–2024",
            waves="48–71",
            training_balance=3_500_000,
            incentive_amount=600_000,
            incentive_times=1,
            survey_amount=50_000,
            survey_times=2,
            purchase_days=15,
            rest_days=15,
            min_course_hours=15,
        ),
        "semi_bansos": EraRules(
            years="2020–2022",
            waves="1–47",
            training_balance=1_000_000,
            incentive_amount=600_000,
            incentive_times=4,
            survey_amount=50_000,
            survey_times=3,
            purchase_days=30,
            social_assistance_allowed=False,
        ),
    }


class StaffHours(BaseModel):
    """When CRM staff take over chats (local time of ``utc_offset_hours``)."""

    days: list[int] = Field(default_factory=lambda: [0, 1, 2, 3, 4])  # Monday = 0
    opens: time = time(8, 0)
    closes: time = time(17, 0)
    utc_offset_hours: int = Field(7, ge=-12, le=14)  # WIB
    zone_label: str = "WIB"

    @model_validator(mode="after")
    def _sane(self) -> StaffHours:
        if self.closes <= self.opens:
            raise ValueError("staff_hours.closes must be after staff_hours.opens")
        if not self.days or any(d < 0 or d > 6 for d in self.days):
            raise ValueError("staff_hours.days are weekday numbers 0 (Monday) to 6 (Sunday)")
        return self


class OtpRules(BaseModel):
    """Codes by SMS (registration, linking, erasing an account), limited per asking chat and
    per phone separately (``flows.otp_limits``): one chat cannot use up another's codes; and
    per web chat client, whose fresh chats cost nothing."""

    length: int = Field(6, ge=4, le=8)
    ttl_minutes: float = Field(5, gt=0)
    max_tries: int = Field(5, ge=1)  # wrong codes before the code is void
    max_sends: int = Field(5, ge=1)  # codes one chat gets, all phones together, per wait_hours
    wait_hours: float = Field(2, gt=0)
    sends_per_number: int = Field(5, ge=1)  # codes one chat gets for one phone per wait_hours
    numbers_per_day: int = Field(3, ge=1)  # different phones one chat asks codes for per 24 h
    number_max_sends: int = Field(15, ge=2)  # codes one phone gets from all chats per wait_hours
    sends_per_client: int = Field(10, ge=1)  # codes one web chat client asks per wait_hours

    @model_validator(mode="after")
    def _one_chat_cannot_use_up_a_phone(self) -> OtpRules:
        if self.number_max_sends <= self.sends_per_number:
            raise ValueError(
                "otp.number_max_sends must be above otp.sends_per_number: one chat alone must "
                "not use up the codes of someone else's phone"
            )
        return self


class LinkRules(BaseModel):
    """Linking an account registered elsewhere to a chat (NIK + date of birth, then an SMS OTP)."""

    max_failures: int = Field(3, ge=1)  # failed checks (data or OTP) before the lock-out
    lockout_hours: float = Field(2, gt=0)  # failures count within this window; locked meanwhile


class DialogueRules(BaseModel):
    """How the assistant copes with what it does not understand."""

    min_confidence: float = Field(0.5, ge=0, le=1)  # below: "maksud kamu ...?"
    simpler_after_misses: int = Field(2, ge=1)  # re-ask with buttons
    offer_human_after_misses: int = Field(3, ge=1)
    suggestions: int = Field(3, ge=2, le=5)  # intents offered as buttons when unsure


class ProgrammeConfig(BaseModel):
    min_age: int = Field(18, ge=15, le=30)
    max_age: int = Field(64, ge=30, le=100)
    max_beneficiaries_per_kk: int = Field(2, ge=1)
    contact_centre: str = "0800-150-3001"
    courses_per_page: int = Field(5, ge=1, le=10)
    current_era: str = "normal"
    eras: dict[str, EraRules] = Field(default_factory=_default_eras)
    redeem_window_hours: int = Field(1, ge=0)
    incentive_arrival_days: str = "3–5"  # working days after the scheduled date
    incentive_support_after_hours: int = Field(168, ge=1)  # "7×24 jam"
    ticket_reopen_days: int = Field(14, ge=0, le=365)  # a resolved ticket reopens from the chat
    consent_version: str = "2024-10"
    staff_hours: StaffHours = Field(default_factory=StaffHours)
    otp: OtpRules = Field(default_factory=OtpRules)
    link: LinkRules = Field(default_factory=LinkRules)
    dialogue: DialogueRules = Field(default_factory=DialogueRules)

    @model_validator(mode="after")
    def _known_era(self) -> ProgrammeConfig:
        if self.current_era not in self.eras:
            raise ValueError(f"current_era {self.current_era!r} is not one of {sorted(self.eras)}")
        if self.max_age <= self.min_age:
            raise ValueError("max_age must be above min_age")
        return self

    @property
    def era(self) -> EraRules:
        return self.eras[self.current_era]

    def facts(self) -> dict[str, object]:
        """The rules as parameters of the knowledge-base texts (``kb.*``)."""
        return {
            "min_age": self.min_age,
            "max_age": self.max_age,
            "max_per_kk": self.max_beneficiaries_per_kk,
            "contact_centre": self.contact_centre,
            "redeem_hours": self.redeem_window_hours,
            "arrival_days": self.incentive_arrival_days,
            "support_hours": self.incentive_support_after_hours,
            **self.era.facts(),
        }
