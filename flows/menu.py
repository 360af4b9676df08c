"""The main menu and the topic answers behind its buttons."""

from __future__ import annotations

from flows.messages import Button, Outbound
from flows.responses import text
from flows.turn import FlowContext, Step
from flows.waves import waves_text

TOPICS = (
    "eligibility",
    "register",
    "courses",
    "waves",
    "incentive",
    "certificate",
    "account",
    "complaint",
    "human",
)
# The flow a topic answer offers to start next.
TOPIC_FLOWS = {
    "eligibility": ("eligibility.start", "flow:eligibility"),
    "register": ("registration.start", "flow:registration"),
    "complaint": ("complaints.file", "flow:complaints"),
    "incentive": ("kb.my_incentive", "intent:incentive_status"),
    "account": ("kb.my_status", "intent:registration_status"),
}
# A second button some topics offer (after the first).
TOPIC_MORE = {"account": ("link_account.start", "flow:link_account")}
ACCOUNT = "account"
"""Payload prefix of the account topic's own buttons in a linked chat (``flows.menu_account``)."""
MY_DATA = f"{ACCOUNT}:data"
CHANGE_PHONE = f"{ACCOUNT}:phone"
# What a linked chat is offered instead of TOPIC_MORE: it needs no linking.
TOPIC_MORE_LINKED = {
    "account": (("menu_account.my_data", MY_DATA), ("menu_account.change_phone", CHANGE_PHONE)),
}


def menu_button(language: str) -> Button:
    return Button(text(language, "menu.button"), "menu")


def main_menu(language: str, *, first: bool = True) -> Outbound:
    buttons = [
        Button(
            text(language, f"menu.{topic}"), "courses" if topic == "courses" else f"topic:{topic}"
        )
        for topic in TOPICS
    ]
    other = "en" if language == "id" else "id"
    buttons.append(Button(text(language, "menu.language"), f"lang:{other}"))
    title = text(language, "menu.title" if first else "menu.again")
    return Outbound(title, tuple(buttons), style="list")


def topic_answer(topic: str, language: str, ctx: FlowContext, *, linked: bool = False) -> Step:
    """Answer one menu topic; unknown topics raise KeyError (caught as a stale payload). A
    ``linked`` chat is not offered linking: its data and the phone change instead."""
    facts = ctx.programme
    if topic == "waves":
        body = yield from waves_text(language)
    else:
        body = text(
            language,
            f"topic.{topic}",
            min_age=facts.min_age,
            max_age=facts.max_age,
            max_per_kk=facts.max_beneficiaries_per_kk,
            contact_centre=facts.contact_centre,
        )
    buttons = [menu_button(language)]
    if topic in TOPIC_FLOWS:
        key, payload = TOPIC_FLOWS[topic]
        buttons.insert(0, Button(text(language, key), payload, "yes"))  # "ya" takes it
    more = TOPIC_MORE_LINKED.get(topic, ()) if linked else _more(topic)
    buttons[-1:-1] = [Button(text(language, key), payload) for key, payload in more]
    return [Outbound(body, tuple(buttons))]


def _more(topic: str) -> tuple[tuple[str, str], ...]:
    return (TOPIC_MORE[topic],) if topic in TOPIC_MORE else ()
