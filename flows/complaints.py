"""Complaints: category buttons, the known fix first (did it help?), a description, details by
category (wave, e-wallet, provider, order number), confirm -> a ticket ``PRK-12345678``.

Fraud reports warn the user (never share an OTP or password; ``flows.fraud``) and are filed
high priority."""

from __future__ import annotations

import re

from flows import complaint_story as story
from flows import fraud
from flows.complaint_topics import CATEGORIES, FIX_SHOWN, KNOWN_FIX, category_for
from flows.messages import Outbound
from flows.queries import CreateTicket
from flows.result import Result, Valid
from flows.runtime import controls
from flows.runtime.machine import Flow, FlowTurn, Go, Option, Slot, Slots, State, yes_no_options
from flows.turn import Ask, FlowContext, Message, within_context_of
from flows.validators import no_answer, wave_number
from flows.waiting import says_waited_too_long, waited_too_long
from flows.yes_no import unsure

FLOW = "complaints"
DETAIL = {
    "not_selected": "wave",
    "revoked": "wave",
    "incentive": "payout",
    "payout_link": "payout",
    "provider": "provider",
    "certificate": "provider",
    "purchase_redeem": "order",
}


def _category(message: Message, _: Slots, __: FlowContext) -> Result:
    found = category_for(message.text or "")
    return Valid(found) if found else None


_STILL_BROKEN = re.compile(
    r"\b(?:gagal|error|eror|tetep|tetap|masih sama|percuma|sama aja|sama saja|ga ngaruh|"
    r"still (?:not|doesn't|does not|broken|failing)|didn't work|did not work)\b"
)
"""Said after trying the fix: it did not help ("udah dicoba, masih gagal")."""
_TRIED = re.compile(
    r"\b(?:udah|sudah|udh|dah|sdh)\b.{0,15}\b(?:cek|dicek|ngecek|coba|dicoba|nyoba|lakuin|"
    r"dilakuin|lakukan|dilakukan|ikutin|diikutin|ikuti|diikuti|semua|\d+\s*(?:hari|minggu|"
    r"bulan|jam))\b|\b(?:already|i've) (?:tried|checked|done)\b"
)
"""The fix tried already, or time gone by ("sudah saya cek", "udah 5 hari"): not solved; the
"sudah" is no "yes, it helped"."""


def _helped(message: Message, _: Slots, ctx: FlowContext) -> Result:
    text = message.text or ""
    if not message.payload and (_STILL_BROKEN.search(text.lower()) or _TRIED.search(text.lower())):
        return Valid("no")
    if says_waited_too_long(message, ctx.programme.incentive_support_after_hours):
        return Valid("no")  # "it's been 2 months since the schedule": the fix is past
    answer = controls.answer_yes_no(message)
    if answer is None and not message.payload and story.story_like(text):
        return Valid("no")  # the whole story instead of yes or no: it is not solved
    return None if answer is None else Valid("yes" if answer else "no")


def _wave(message: Message, _: Slots, __: FlowContext) -> Result:
    found = message.entity("wave")
    number = int(found) if isinstance(found, int) else wave_number(message.text or "")
    return Valid(str(number)) if number is not None and 0 < number < 1000 else None


def _payout(message: Message, _: Slots, __: FlowContext) -> Result:
    lowered = (message.text or "").lower().replace(" ", "").replace("-", "")
    named = [(lowered.rfind(name.lower()), name) for name in story.PAYOUTS]
    last = max(named)  # "bukan ovo tapi gopay": the one named last
    return Valid(last[1]) if last[0] >= 0 else None


def _free(message: Message, _: Slots, __: FlowContext) -> Result:
    text = " ".join((message.text or "").split())
    if not text:
        return None
    if unsure(text) or _NONE_TO_GIVE.fullmatch(text.lower()):
        return Valid("-")  # "lupa", "ga ada": the ticket is filed without it
    if no_answer(text):
        return None  # "ya", "ga": no provider name or order number
    return Valid(text[:200])


_NONE_TO_GIVE = re.compile(
    r"(?:(?:aku|saya|sy) )?(?:ga|gak|gk|nggak|tidak|tdk) (?:ada|punya)(?: nomornya)?"
    r"(?: (?:kak|min|deh|sih))*|(?:i )?don'?t have (?:one|it)"
)


def _context(turn: FlowTurn) -> Ask[list[Outbound]]:
    """ "mau lapor aja" (or the answer's "Buat pengaduan" button) right after messages about a
    problem ("sertifikat blm keluar padahal udh selesai"): the complaint is about the latest."""
    if "category" not in turn.slots:
        named = (category_for(text) for text in reversed(_previous_texts(turn)))
        found = next((category for category in named if category), None)
        if found is not None:
            turn.slots["category"] = found
    shown = turn.session.profile.pop(FIX_SHOWN, None) or {}
    shown_at = shown.get("at")
    same = shown.get("category") == turn.slots.get("category")
    if same and isinstance(shown_at, float) and within_context_of(shown_at, turn.message.at):
        turn.slots["helped"] = "no"  # the fix was just shown: complaining means it did not help
    return []
    yield


def _overdue(turn: FlowTurn) -> Ask[list[Outbound]]:
    """An incentive awaited past the point where support looks ("udah 2 bulan", "for two
    months") is past the known fix, which says money comes 3-5 working days after its date:
    the fix is not shown, the complaint is taken."""
    if turn.slots.get("category") != "incentive" or "helped" in turn.slots:
        return []
    message, hours = turn.message, turn.ctx.programme.incentive_support_after_hours
    today = message.at.date()
    said = [(message.text or "", message.entity("date"))]
    said += [(text, None) for text in _previous_texts(turn)]
    if not any(waited_too_long(text, since, today, hours) for text, since in said):
        return []
    turn.slots["helped"] = "no"
    return [Outbound(turn.say("complaints.overdue", days=-(-hours // 24)))]
    yield


def _previous_texts(turn: FlowTurn) -> list[str]:
    """The user's last few messages before this one, if the last came within the context
    window ("gimana cara benerinnya?" may stand between the problem and the complaint)."""
    session = turn.session
    recent: list[str] = session.profile.get("recent") or []
    before = recent[:-1] if turn.message.text else recent  # this message is already noted
    return before if within_context_of(session.last_activity, turn.message.at) else []


def _fix_params(turn: FlowTurn) -> dict[str, object]:
    category = str(turn.slots["category"])
    return {
        "topic": turn.say(f"complaints.category.options.{category}"),
        "fix": turn.say(
            f"complaints.fixes.{category}", contact_centre=turn.ctx.programme.contact_centre
        ),
    }


def _details(turn: FlowTurn) -> list[tuple[str, str]]:
    found = []
    for name in ("wave", "payout", "provider", "order"):
        if name in turn.slots:
            found.append((turn.say(f"slots.{name}"), str(turn.slots[name])))
    return found


def _confirm_params(turn: FlowTurn) -> dict[str, object]:
    details = "".join(f"\n{label}: {value}" for label, value in _details(turn))
    return {
        "category": turn.say(f"complaints.category.options.{turn.slots['category']}"),
        "description": story.preview(str(turn.slots.get("description", ""))),
        "details": details,
    }


FILED_AT = "ticket_filed_at"
"""When this chat last filed a ticket: a question about "how long" soon after is about it."""


def _create(turn: FlowTurn) -> Ask[list[Outbound]]:
    category = str(turn.slots["category"])
    reference = yield CreateTicket(
        turn.message.channel,
        turn.message.user_id,
        category,
        str(turn.slots["description"]),
        "high" if category == "fraud" else "normal",
        tuple(_details(turn)),
    )
    turn.slots["reference"] = str(reference)
    turn.session.profile[FILED_AT] = turn.message.at.timestamp()  # "brp lama diprosesnya?"
    return []


def _filed_params(turn: FlowTurn) -> dict[str, object]:
    return {
        "reference": turn.slots["reference"],
        "contact_centre": turn.ctx.programme.contact_centre,
    }


def _detail_is(kind: str) -> Go:
    def guard(slots: Slots, _: FlowContext) -> bool:
        return DETAIL.get(str(slots.get("category"))) == kind

    return Go(f"detail_{kind}", guard, f"{kind} matters")


def _is(slot: str, value: str, target: str, label: str) -> Go:
    def guard(slots: Slots, _: FlowContext) -> bool:
        return slots.get(slot) == value

    return Go(target, guard, label)


def _has_fix(slots: Slots, _: FlowContext) -> bool:
    return slots.get("category") in KNOWN_FIX


AFTER_DESCRIPTION = (
    *(_detail_is(kind) for kind in ("wave", "payout", "provider", "order")),
    Go("confirm"),
)
PAYOUT_OPTIONS = tuple(Option(p, f"complaints.payouts.{p}") for p in story.PAYOUTS)
CONFIRM_OPTIONS = (
    Option("send", "complaints.confirm.options.send", "yes"),
    Option("rewrite", "complaints.confirm.options.rewrite", "no"),
)

COMPLAINTS = Flow(
    name=FLOW,
    start="context",
    description="Known fix first, then a ticket with category, description and details.",
    prefill=story.prefill,
    states=(
        State("context", action=_context, go=(Go("category"),)),
        State(
            "category",
            Slot(
                "category",
                _category,
                tuple(Option(c, f"complaints.category.options.{c}") for c in CATEGORIES),
            ),
            go=(_is("category", "fraud", "fraud_warning", "fraud"), Go("overdue")),
        ),
        State(
            "overdue",
            action=_overdue,
            go=(Go("fix", _has_fix, "known fix"), Go("description")),
        ),
        State("fraud_warning", action=fraud.warning, go=(Go("description"),)),
        State(
            "fix",
            Slot("helped", _helped, yes_no_options()),
            params=_fix_params,
            go=(_is("helped", "yes", "solved", "it helped"), Go("told")),
        ),
        State("told", action=story.told, go=(Go("description"),)),
        State("solved", final=True),
        State(
            "description",
            Slot("description", story.description, free_text=True, correctable=False),
            go=(Go("urgent_steps", fraud.gave_away, "code or money given"), Go("story_details")),
        ),
        State("urgent_steps", action=fraud.urgent_steps, go=(Go("story_details"),)),
        State("story_details", action=story.details_in_story, go=AFTER_DESCRIPTION),
        State("detail_wave", Slot("wave", _wave), go=(Go("confirm"),)),
        State(
            "detail_payout",
            Slot("payout", _payout, PAYOUT_OPTIONS, correctable=True),
            go=(Go("confirm"),),
        ),
        State("detail_provider", Slot("provider", _free, free_text=True), go=(Go("confirm"),)),
        State("detail_order", Slot("order", _free, free_text=True), go=(Go("confirm"),)),
        State(
            "confirm",
            Slot("confirm", None, CONFIRM_OPTIONS),
            params=_confirm_params,
            ask_again=True,
            go=(_is("confirm", "rewrite", "rewrite", "rewrite"), Go("create")),
        ),
        State("rewrite", action=lambda turn: _forget(turn, "description"), go=(Go("description"),)),
        State("create", action=_create, go=(Go("filed"),)),
        State("filed", final=True, params=_filed_params),
    ),
)


def _forget(turn: FlowTurn, slot: str) -> Ask[list[Outbound]]:
    turn.slots.pop(slot, None)
    return []
    yield
