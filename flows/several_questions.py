"""A message that asks several things ("saldo ku brp, trs sertifikat ku udh kluar blm?", "cara
daftar gmn trs insentifnya brp?"): each question answered in turn, as it would be asked alone.
At most one flow starts (after the other answers, so that its question comes last); a second
question that would start one gets its short answer with the flow one tap away. Before, only
one of them was answered, or the user was asked which one they meant. Two questions the NLU
reads as one intent are both answered (the same answer once); a part that asks nothing
("oke thanks", "aku lulusan SMA") leaves the question beside it answered alone. A part read
as no question answered here is answered all the same when it asks about the programme itself
("itu duitnya harus dibalikin ga?": ``flows.programme_facts``) or about a fraud offer ("ada yg
nawarin joki, itu beneran ga?", read as a complaint); a short part after an incentive question
("cair nya kemana? berapa lama?") is about the incentive (``flows.several_parts``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from flows import (
    fraud,
    numbered_items,
    programme_facts,
    programme_scam,
    several_parts,
    several_relative,
    several_subscription,
)
from flows.flow_table import START_INTENTS
from flows.menu import main_menu, topic_answer
from flows.messages import Button, Outbound
from flows.route_intent import on_intent
from flows.runtime.machine import FlowTurn
from flows.turn import Ask, Message, Step
from nlu.clauses import numbered

Part = tuple[str, str, float]

ANSWERED = frozenset(
    {"program_info", "benefits_info", "registration_status", "wave_schedule",
     "training_balance", "redeem_code", "certificate", "incentive_status", "payment_account",
     "account_access", "complaint_status"}
)  # fmt: skip
"""Questions answered outright."""
FLOW_PARTS = frozenset({"check_eligibility", "register", "course_search"})
"""Questions that may start a flow (one per message)."""
ASIDES = frozenset({"thanks", "greet", "inform"})
"""Parts that ask nothing ("oke thanks", "halo min", "aku lulusan SMA"): the question beside
them is answered, read in the whole message (its facts kept), as if asked alone."""
_OFFERED_TOPICS = {"check_eligibility": "eligibility", "register": "register"}
"""The menu topic that answers a flow's question in short, with the flow one tap away."""


def answer_each(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """Every question's answer, one menu at the end (none after a flow's question); None when
    this is not such a message."""
    parts = several_parts.read(turn.message.text or "", _distinct(turn.message.parts))
    whole = turn.message.text or ""  # a relative's chances read as a statement: asked
    asked = [p for p in parts if p[1] not in ASIDES or several_relative.asked(whole, p)]
    if len(parts) < 2 or not asked:
        return None
    own = [_own(turn, part) for part in asked]  # a fraud question, a loan question…
    pairs = list(zip(asked, own, strict=True))
    if any(i not in ANSWERED | FLOW_PARTS and o is None for (_, i, _), o in pairs):
        return None
    if len(asked) == 1 and own[0] is None:  # "oke thanks, terus wave nya kapan?": the question
        return (yield from _beside_asides(turn, *asked[0]))
    replies: list[Outbound] = []
    started: list[Outbound] = []
    each: list[tuple[str, str]] = []  # a numbered list's items: "yg no 4 ..." next
    for (text, intent, confidence), answered in pairs:
        alone = FlowTurn(turn.session, _alone(turn, text, intent, confidence), turn.ctx)
        if answered is not None:
            said = yield from answered(alone)
            if intent in several_subscription.INTENTS and not started:  # its Ya/Tidak last
                started = said
                each.append((text, "\n".join(reply.text for reply in said)))
                continue
        elif intent in START_INTENTS and turn.session.flow is not None:
            said = yield from _offer(alone, intent)  # one flow at a time
        else:
            running = turn.session.flow
            said = yield from on_intent(alone, intent)
            if turn.session.flow is not None and turn.session.flow != running:
                started = said  # the flow's question comes last
                each.append((text, "\n".join(reply.text for reply in said)))
                continue
        each.append((text, "\n".join(reply.text for reply in said)))
        replies += [reply for reply in said if reply.text not in {r.text for r in replies}]
    numbered_items.keep(turn, each, numbered=bool(numbered(turn.message.text or "")))
    if started:
        return _once([*_without_menu_button(replies), *started])
    return _once(_one_menu(turn, replies))


def _own(turn: FlowTurn, part: Part) -> Callable[[FlowTurn], Ask[list[Outbound]]] | None:
    """The answer of a part that its reading does not give: a short part about the incentive
    before it ("cair nya kemana" after "insentif brp"), a question about the programme itself
    ("itu duitnya harus dibalikin ga?", read as the benefits), a question about a fraud
    offer ("ada yg nawarin joki, itu beneran ga?", read as a complaint); else None."""
    text, intent, confidence = part
    if intent in several_subscription.INTENTS:  # "3. gimana cara berhenti langganan info"
        return several_subscription.confirm
    if intent in several_parts.KINDS:
        return lambda alone: _now(several_parts.answer(alone, intent))
    if intent in ASIDES and several_relative.asked(turn.message.text or "", part):
        return lambda alone: _now(several_relative.answer(alone, turn.message.text or "", text))
    if programme_facts.asked(text):
        return _facts
    if programme_scam.called_scam(text):  # "prakerja penipuan ya??": the official programme,
        alone = FlowTurn(turn.session, _alone(turn, text, intent, confidence), turn.ctx)
        official = programme_scam.answer(alone)  # not the fraud warning "⚠️ Itu penipuan"
        if official is not None:
            return lambda _: _now(official)
    warned = None
    if intent == "complaint":  # the warning, its report one tap away (else the complaint flow)
        message = _alone(turn, text, intent, confidence)
        warned = fraud.answer(FlowTurn(turn.session, message, turn.ctx))
    return None if warned is None else (lambda _: _now(warned))


def _facts(turn: FlowTurn) -> Ask[list[Outbound]]:
    return (yield from programme_facts.answer(turn)) or []


def _now(replies: list[Outbound]) -> Ask[list[Outbound]]:
    return replies
    yield


def _beside_asides(turn: FlowTurn, _: str, intent: str, confidence: float) -> Step:
    """The one question of a message whose other parts ask nothing, in its words."""
    whole = replace(turn.message, intent=intent, confidence=confidence,
                    ranking=((intent, confidence),), ambiguous=False, parts=())  # fmt: skip
    return (yield from on_intent(FlowTurn(turn.session, whole, turn.ctx), intent))


def _alone(turn: FlowTurn, text: str, intent: str, confidence: float) -> Message:
    """The message as if only this question had been sent (its own entities only: one that
    runs past the question's end, "wave 3" of "when is the wave 3) how much…", is not)."""
    whole = turn.message.text or ""
    start = whole.find(text)
    end = start + len(text)
    entities = tuple(
        entity
        for entity in turn.message.entities
        if start >= 0
        and start <= getattr(entity, "start", -1) < getattr(entity, "end", end + 1) <= end
    )
    return replace(turn.message, text=text, intent=intent, confidence=confidence,
                   ranking=((intent, confidence),), ambiguous=False, parts=(),
                   entities=entities)  # fmt: skip


def _offer(turn: FlowTurn, intent: str) -> Ask[list[Outbound]]:
    """A flow's question while another flow has started: its short answer, the flow a tap away."""
    topic = _OFFERED_TOPICS.get(intent)
    if topic is not None:
        return (yield from topic_answer(topic, turn.lang, turn.ctx))
    return [Outbound(turn.say("kb.course_search_later"))]  # the other flow is running


def _one_menu(turn: FlowTurn, replies: list[Outbound]) -> list[Outbound]:
    menu = main_menu(turn.lang, first=False)
    kept = [reply for reply in replies if reply.buttons != menu.buttons]
    if len(kept) < len(replies):
        return [*_without_menu_button(kept), menu]
    return [*_without_menu_button(kept[:-1]), *kept[-1:]]  # one "Menu utama", at the end


def _once(replies: list[Outbound]) -> list[Outbound]:
    """Each button on the last answer that offers it ("Buat pengaduan" after the certificate
    and after the rating answer: one)."""
    later: set[str] = set()
    kept: list[Outbound] = []
    for reply in reversed(replies):
        buttons = tuple(b for b in reply.buttons if b.payload not in later)
        later.update(b.payload for b in reply.buttons)
        kept.append(replace(reply, buttons=buttons) if buttons != reply.buttons else reply)
    return kept[::-1]


def _without_menu_button(replies: list[Outbound]) -> list[Outbound]:
    return [replace(r, buttons=_buttons(r.buttons)) for r in replies]


def _buttons(buttons: tuple[Button, ...]) -> tuple[Button, ...]:
    return tuple(b for b in buttons if b.payload != "menu")


def _distinct(parts: tuple[tuple[str, str, float], ...]) -> list[tuple[str, str, float]]:
    """The first question of each flow's intent, and every other part: two questions the NLU
    reads as one intent may ask different things ("kalo sertifikat kapan kluar, trs rating
    wajib ga?": both are ``certificate``); the same answer twice is given once."""
    seen: set[str] = set()
    kept = []
    for part in parts:
        if part[1] not in seen:
            kept.append(part)
        if part[1] in FLOW_PARTS:
            seen.add(part[1])
    return kept
