"""Questions typed at a purchase's confirmation ("Beli "X" seharga Rp825.000? [Ya, beli | Nanti
dulu]"): "brp harganya?" (answered by the course browser from the course's details) and "saldo
ku cukup ga" (the participant's balance against the price) are answered, and the confirmation
is asked again with its buttons, so "beli" or "ya" still buys. Before, the price came with the
course's buttons and the balance was the general one: the confirmation was gone.

"sisa saldonya bisa buat apa?" there is what the rest of the balance is for (more courses after
the first is completed and rated; no cash; it lapses with the card), not whether it is enough.
Any other question answered there ("bisa refund ga?", "insentifnya berapa?") is followed by the
confirmation again (``kept``, called by the router around a typed message's answer): before,
the answer's own buttons replaced the confirmation's, and "ya" bought nothing.

A purchase chosen before the chat was linked is confirmed at its course's details once linked
(``reopen``), so all of this holds there too, and "jadi beli ga tadi?" is told it is not bought
yet, with the confirmation again (``asked_done``)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime
from typing import Any

from flows.course_choice import CONFIRMING, choose
from flows.course_followups import recent
from flows.course_query import SEARCH
from flows.formatting import money
from flows.menu import main_menu
from flows.messages import Outbound
from flows.my_data import not_linked, participant
from flows.queries import CourseDetailQuery
from flows.runtime.machine import FlowTurn
from flows.turn import Ask, Step
from storage.sessions import Session

_BALANCE = re.compile(r"\b(?:saldo\w*|balance|cukup|enough|afford)\b")
_REST = re.compile(
    r"\b(?:sisa\w*|rest|remaining|leftover|left over)\b.{0,25}\b(?:buat|untuk|utk|bisa|bs|"
    r"dipake\w*|dipakai\w*|dipakein|digunakan|gunanya|kemana|ke mana|for|use|used|spend)\b"
    r"|\b(?:saldo\w*|balance)\b.{0,25}\b(?:sisa\w*|left|remaining)\b.{0,25}"
    r"\b(?:buat|untuk|utk|dipake\w*|dipakai\w*|for|use)\b"
)
"""What the rest of the balance is for ("sisa saldonya bisa buat apa?", "what can I use the
remaining balance for?"), not whether it covers the price."""
_BUY = re.compile(r"\b(?:beli|dibeli|kebeli|terbeli|pembelian\w*|buy|bought|purchase\w*)\b")
_DONE = re.compile(
    r"\b(?:jadi|jd|udah|udh|sudah|sdh|dah|berhasil|sukses|tadi|did|done|through|yet)\b"
    r"|\b(?:ke|ter)beli\b"
)
_QUESTION = re.compile(r"\?|\b(?:ga|gak|gk|nggak|ngga|enggak|tidak|blm|belum|kah|apa|did|has|is)\b")
"""Whether the purchase asked about went through ("jadi beli ga tadi?", "udah kebeli belum?",
"did it go through?"): a buying word, a word of it being done, and a question."""
BROWSER = "courses"
"""``flows.courses.FLOW`` (that module imports this one): the course browser's flow."""


def pending(turn: FlowTurn) -> int | None:
    """The course whose purchase is waiting to be confirmed, while its details are the step."""
    session = turn.session
    course_id = session.slots.get("course")
    if session.step != "detail" or not isinstance(course_id, int):
        return None
    return course_id if session.slots.get(CONFIRMING) == course_id else None


def reopen(session: Session, request: str, at: datetime) -> None:
    """A purchase asked for before the chat was linked (``enrol:<id>``, answered right after
    linking) is confirmed at its course's details again, as when "Pilih pelatihan ini" was
    tapped there: questions then ask the confirmation again (``kept``), "ya" buys, and "ga jadi"
    goes back to the results of a recent search. Before, the confirmation stood outside any
    step: "jadi beli ga tadi?" got "belum paham" and the purchase was lost."""
    name, _, course = request.partition(":")
    if name != "enrol" or not course.isdigit():
        return
    session.flow, session.step, session.slots = BROWSER, "detail", {"course": int(course)}
    if recent(session.profile.get(SEARCH) or {}, at):
        session.slots["from_search"] = True


def asks_done(text: str) -> bool:
    """Whether the purchase is asked about ("jadi beli ga tadi?"), not wished ("beli")."""
    lowered = " ".join(text.lower().split())
    return all(pattern.search(lowered) for pattern in (_BUY, _DONE, _QUESTION))


def asked_done(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """ "jadi beli ga tadi?" at a purchase's confirmation: not yet, and the confirmation again
    (its buttons buy). None: no confirmation pending, or no such question."""
    course_id = pending(turn)
    if course_id is None or turn.message.payload is not None:
        return None
    from flows import course_cheaper  # here: it reads this module

    cheaper = yield from course_cheaper.answer(turn)  # "eh tunggu, ada yg lebih murah ga?"
    if cheaper is not None:
        return cheaper
    if not asks_done(turn.message.text or ""):
        return None
    return (yield from again(turn, course_id, turn.say("enrol.not_bought_yet")))


def asks_rest(text: str) -> bool:
    """Whether what the rest of the balance is for is asked ("sisa saldonya bisa buat apa")."""
    return bool(_REST.search(" ".join(text.lower().split())))


def asks_balance(text: str) -> bool:
    """Whether the balance is asked about ("saldo ku cukup ga", "is my balance enough?")."""
    return bool(_BALANCE.search(text.lower()))


def again(turn: FlowTurn, course_id: int, line: str) -> Step:
    """The answer, then the confirmation asked again (the checks run again with it)."""
    return [Outbound(line), *(yield from choose(turn, course_id))]


def balance(turn: FlowTurn, course_id: int) -> Ask[list[Outbound] | None]:
    """The participant's balance against the price, then the confirmation again; a balance
    that no longer covers the price is said by the confirmation itself. What the rest of the
    balance is for is told instead when that is asked."""
    if asks_rest(turn.message.text or ""):
        return (yield from again(turn, course_id, turn.say("enrol.rest_of_balance")))
    person = yield from participant(turn)
    if person is None:
        return not_linked(turn)
    course: Any = yield CourseDetailQuery(course_id)
    if course is None:
        return None
    if person.balance < course.price:
        return (yield from choose(turn, course_id))  # "harga ... sedangkan saldomu ..."
    line = turn.say(
        "enrol.balance_enough", balance=money(person.balance), price=money(course.price)
    )
    return (yield from again(turn, course_id, line))


def kept(turn: FlowTurn, before: int | None, replies: list[Outbound]) -> Step:
    """A typed message's answer at a purchase's confirmation (``before``: the course it was
    pending for), then "Lanjut ya" and the confirmation again; the answer's buttons left out,
    so "ya" and "1" choose the confirmation's. Unchanged when no confirmation was pending, the
    answer moved on (a purchase, another course, a flow started), asks it again itself, or
    is the main menu (a greeting: the confirmation is left, as with "menu", so a later "ya"
    buys nothing)."""
    if before is not None and pending(turn) == before and _menu(turn, replies):
        turn.session.slots.pop(CONFIRMING, None)
        return replies
    if before is None or not replies or pending(turn) != before or _confirms(replies):
        return replies
    said = [replace(reply, buttons=()) for reply in replies]
    asked = yield from choose(turn, before)
    return [*said, Outbound(turn.say("common.resume_question")), *asked]


def _confirms(replies: list[Outbound]) -> bool:
    return any(b.payload.startswith("enrol_yes:") for r in replies for b in r.buttons)


def _menu(turn: FlowTurn, replies: list[Outbound]) -> bool:
    menu = {button.payload for button in main_menu(turn.lang, first=False).buttons}
    return any(menu <= {button.payload for button in reply.buttons} for reply in replies)
