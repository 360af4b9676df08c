"""Routes one message to the step that answers it: button payloads first, then NLU intents.

This is the seam the flow runtime (eligibility, registration, complaints ...) grows from.
"""

from __future__ import annotations

from flows import courses
from flows.menu import TOPICS, main_menu, topic_answer
from flows.messages import Outbound
from flows.responses import LANGUAGES, text
from flows.turn import FlowContext, Message, Step
from storage.sessions import Session

# Intents (nlu inventory) that the menu topics already answer.
INTENT_TOPICS = {
    "check_eligibility": "eligibility",
    "register": "register",
    "wave_schedule": "waves",
    "incentive_status": "incentive",
    "certificate": "certificate",
    "account_access": "account",
    "complaint": "complaint",
    "human_agent": "human",
}
MENU_INTENTS = {"greet", "help"}


def respond(session: Session, message: Message, ctx: FlowContext) -> Step:
    if message.payload is not None:
        return (yield from _on_payload(session, message.payload, ctx))
    return (yield from _on_text(session, message, ctx))


def _on_payload(session: Session, payload: str, ctx: FlowContext) -> Step:
    lang = session.language
    name, _, rest = payload.partition(":")
    if name in ("menu", "start"):
        return [main_menu(lang, first=name == "start")]
    if name == "topic" and rest in TOPICS and rest != "courses":
        return (yield from topic_answer(rest, lang, ctx))
    if name == "courses" and not rest:
        return (yield from courses.categories(session))
    if name == "courses":
        page, _, category = rest.partition(":")
        if page.isdigit() and category:
            return (yield from courses.course_page(session, category, int(page), ctx))
    if name == "course" and rest.isdigit():
        return (yield from courses.course_detail(session, int(rest)))
    if name == "lang" and rest in LANGUAGES:
        session.language = rest
        return [Outbound(text(rest, "language.switched")), main_menu(rest, first=False)]
    return [Outbound(text(lang, "unknown.payload")), main_menu(lang, first=False)]


def _on_text(session: Session, message: Message, ctx: FlowContext) -> Step:
    lang = session.language
    topic = INTENT_TOPICS.get(message.intent or "")
    if message.intent == "course_search":
        return (yield from courses.categories(session))
    if topic is not None:
        return (yield from topic_answer(topic, lang, ctx))
    if message.intent in MENU_INTENTS or session.turns == 0:
        return [main_menu(lang, first=True)]
    return [Outbound(text(lang, "unknown.free_text")), main_menu(lang, first=False)]
