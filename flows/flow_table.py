"""The declared flows by name, and the intents that start them."""

from __future__ import annotations

from flows.account import DATA_DELETION
from flows.complaints import COMPLAINTS
from flows.course_choice import COURSE_CHOICE
from flows.eligibility import ELIGIBILITY
from flows.link_account import LINK_ACCOUNT
from flows.registration import REGISTRATION
from flows.runtime.machine import Flow
from flows.ticket_reopen import TICKET_REOPEN
from flows.ticket_reply import TICKET_REPLY

FLOWS: dict[str, Flow] = {
    flow.name: flow
    for flow in (
        ELIGIBILITY, REGISTRATION, COURSE_CHOICE, COMPLAINTS, DATA_DELETION, LINK_ACCOUNT,
        TICKET_REPLY, TICKET_REOPEN,
    )
}  # fmt: skip
OTP_STEPS = {  # our own codes: no warning
    (REGISTRATION.name, "otp"),
    (LINK_ACCOUNT.name, "otp"),
    (DATA_DELETION.name, "otp"),
}
START_INTENTS = {
    "check_eligibility": ELIGIBILITY.name,
    "register": REGISTRATION.name,
    "course_search": COURSE_CHOICE.name,
    "complaint": COMPLAINTS.name,
    "delete_my_data": DATA_DELETION.name,
}
