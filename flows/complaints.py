"""Complaints: category buttons, the known fix first (did it help?), a description, details by
category (wave, e-wallet, provider, order number), confirm -> a ticket ``PRK-12345678``.

Fraud reports warn the user (never share an OTP or password; ``flows.fraud``) and are filed
high priority."""

from __future__ import annotations

import re
from dataclasses import replace

from flows import complaint_details as details
from flows import complaint_story as story
from flows import fraud
from flows.complaint_topics import (
    CATEGORIES,
    FIX_SHOWN,
    KNOWN_FIX,
    category_for,
    topic_answered,
)
from flows.messages import Outbound
from flows.queries import CreateTicket
from flows.result import Result, Valid
from flows.runtime import controls
from flows.runtime.history import HISTORY
from flows.runtime.machine import (
    Flow,
    FlowTurn,
    Go,
    Option,
    Slot,
    Slots,
    State,
    Validator,
    yes_no_options,
)
from flows.turn import Ask, FlowContext, Message, within_context_of
from flows.waiting import says_waited_too_long, waited_too_long

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


_NOT_HELPED = re.compile(
    r"\b(?:ga|gak|gk|g|nggak|ngga|enggak|engga|tidak|tdk|kurang|nda|ndak)\s+"
    r"(?:terlalu\s+|begitu\s+|juga\s+)?(?:mem|nge|m)?bantu\w*\b"
    r"|\b(?:not|isn'?t|wasn'?t|didn'?t|doesn'?t|did not|does not|is not|was not)\s+"
    r"(?:really\s+|very\s+)?help\w*|\bno help\b|\bunhelpful\b"
)
"""It did not help: "ga membantu", "ga ngebantu min", "ga bantu", "didn't help"."""
_FILE_IT = re.compile(
    r"\b(?:lapor\w*|komplain\w*|complain\w*|adukan|aduin|pengaduan|aduan|kirim\w*|report\w*|"
    r"file it|submit)\b"
    r"|\b(?:terus|trus|trs|lalu|jadi|jd|terusnya|trsnya|truss)\s+(?:gimana|gmn|gmna|gimna|"
    r"bagaimana|gmana)\b|\b(?:now what|what now|then what|what next)\b"
)
"""Go on and file it ("lapor aja", "tetap mau lapor", "kirim"), or what now ("trs gmn dong"):
after the known fix, the fix was not enough."""


def _helped(message: Message, slots: Slots, ctx: FlowContext) -> Result:
    text = message.text or ""
    if _switched(message, slots):
        return Valid(SWITCH)
    lowered = text.lower()
    said_no = _STILL_BROKEN, _TRIED, _NOT_HELPED, _FILE_IT
    if not message.payload and any(pattern.search(lowered) for pattern in said_no):
        return Valid("no")
    if not message.payload and message.intent == "complaint" and message.confidence >= 0.5:
        return Valid("no")  # "mau ngadu aja": a complaint asked for is the fix not enough
    if says_waited_too_long(message, ctx.programme.incentive_support_after_hours):
        return Valid("no")  # "it's been 2 months since the schedule": the fix is past
    answer = controls.answer_yes_no(message)
    if answer is None and not message.payload and story.story_like(text):
        return Valid("no")  # the whole story instead of yes or no: it is not solved
    return None if answer is None else Valid("yes" if answer else "no")


def _context(turn: FlowTurn) -> Ask[list[Outbound]]:
    """ "mau lapor aja" (or the answer's "Buat pengaduan" button) right after messages about a
    problem ("sertifikat blm keluar padahal udh selesai"): the complaint is about the latest.
    The topic an answer recorded (``FIX_SHOWN``) comes first, then the words of the user's last
    messages, then the topic of the intent answered last ("bisa pakai gopay?")."""
    shown = topic_answered(turn)
    turn.session.profile.pop(FIX_SHOWN, None)
    if "category" not in turn.slots:
        found = _topic(turn, shown)
        if found is not None:
            turn.slots["category"] = found
    if shown and shown.get("fix", True) and shown["category"] == turn.slots.get("category"):
        turn.slots["helped"] = "no"  # the fix was just shown: complaining means it did not help
    return []
    yield


INTENT_TOPICS = {
    "payment_account": "payout_link",
    "incentive_status": "incentive",
    "certificate": "certificate",
    "redeem_code": "purchase_redeem",
}
"""The category of a complaint made right after an answer to one of these intents."""


def _topic(turn: FlowTurn, shown: dict[str, object] | None) -> str | None:
    recorded = str(shown["category"]) if shown else None
    if shown and shown.get("turn") == turn.session.turns - 1:
        return recorded  # the answer just before this message
    named = (category_for(text) for text in reversed(_previous_texts(turn)))
    found = next((category for category in named if category), None) or recorded
    if found is not None:
        return found
    trail: list[str] = turn.session.profile.get("trail") or []
    before = trail[:-1] if turn.message.intent else trail
    recent = within_context_of(turn.session.last_activity, turn.message.at)
    return INTENT_TOPICS.get(before[-1]) if before and recent else None


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


SWITCH = "switch"
"""What a validator of the complaint's later questions gives for a change of category ("eh ga
jadi deh, sertifikat aku aja yg blm muncul"): the flow switches and says so."""
SWITCHABLE = ("helped", "description", "wave", "payout", "provider", "order", "confirm")
_CHANGE = re.compile(
    r"^\W*(?:\w+\W+){0,2}?(?:eh|ehh|oh|eits|(?:ga|gak|gk|nggak|ngga|g|tidak) ?(?:jadi|jd)|"
    r"gajadi|batal|bukan|salah|ganti|maksud\w*|sebenernya|sebenarnya|harusnya|ralat|koreksi|"
    r"actually|wait|sorry|no wait|not that|wrong|instead)\b"
)
"""A correction opens the message ("eh", "ga jadi", "bukan itu", "maaf salah pilih"): a story
that says "bukan" further on changes nothing."""
MAX_SWITCH_WORDS = 15


def _switched(message: Message, slots: Slots) -> bool:
    """The message corrects the complaint's category to another one it names."""
    text = " ".join((message.text or "").lower().split())
    if message.payload or not text or len(text.split()) > MAX_SWITCH_WORDS:
        return False
    new = category_for(text)
    return new is not None and new != slots.get("category") and bool(_CHANGE.search(text))


def _or_switch(validate: Validator) -> Validator:
    def validator(message: Message, slots: Slots, ctx: FlowContext) -> Result:
        return Valid(SWITCH) if _switched(message, slots) else validate(message, slots, ctx)

    return validator


def _switching(slots: Slots, _: FlowContext) -> bool:
    return any(slots.get(name) == SWITCH for name in SWITCHABLE)


def _switch(turn: FlowTurn) -> Ask[list[Outbound]]:
    """The category named instead: the answers about the old one are forgotten (a story told
    already is kept), and the new category's known fix or questions follow."""
    new = category_for(turn.message.text or "")
    for name in (*SWITCHABLE, story.KEPT):
        if name != "description" or turn.slots.get(name) == SWITCH:
            turn.slots.pop(name, None)
    turn.slots["category"], turn.slots[HISTORY] = new, []
    topic = turn.say(f"complaints.category.options.{new}")
    return [Outbound(turn.say("complaints.switched", topic=topic))]
    yield


def _confirm(message: Message, slots: Slots, __: FlowContext) -> Result:
    """At the summary: a story typed there ("ini cerita lengkapnya: ...") amends the story; a
    question about it ("brp lama diprosesnya?") is no story."""
    if _switched(message, slots):
        return Valid(SWITCH)
    text = " ".join((message.text or "").split())
    if message.payload or not story.story_like(text) or text.endswith("?"):
        return None
    return Valid("amend")


def _then(*moves: Go) -> tuple[Go, ...]:
    return (Go("switch", _switching, "category changed"), *moves)


def tells_story(turn: FlowTurn) -> FlowTurn | None:
    """A story told with a secret in it at the story question (or at "did this help?" or the
    summary): the turn with the secret masked, for the flow to take (the router warns about the
    secret first) instead of the story being lost."""
    session, text = turn.session, turn.message.text or ""
    if session.flow != FLOW or not text:
        return None
    if session.step != "description" and not (
        session.step in ("fix", "confirm") and story.story_like(text)
    ):
        return None
    return FlowTurn(session, replace(turn.message, text=story.masked(text)), turn.ctx)


MAX_NOT_HELPED_WORDS = 12
_STILL = re.compile(r"\b(?:ga|gak|gk|nggak|tidak|tdk|tetep|tetap|masih|still|not)\b")


def not_helped_after_fix(turn: FlowTurn) -> bool:
    """ "ga membantu", "ga ngebantu min" right after an answer that offered a complaint (and
    perhaps showed the known fix): a complaint about that topic, its fix not shown again."""
    message, session = turn.message, turn.session
    text = (message.text or "").lower()
    if session.flow is not None or message.payload or len(text.split()) > MAX_NOT_HELPED_WORDS:
        return False
    shown = topic_answered(turn)
    just_answered = shown is not None and shown.get("turn") == session.turns - 1
    still = _TRIED.search(text) and _STILL.search(text)  # "udah dicoba tetep ga bisa"
    return just_answered and bool(_NOT_HELPED.search(text) or still)


AFTER_DESCRIPTION = _then(
    *(_detail_is(kind) for kind in ("wave", "payout", "provider", "order")),
    Go("confirm"),
)
AFTER_CATEGORY = (_is("category", "fraud", "fraud_warning", "fraud"), Go("overdue"))
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
            go=AFTER_CATEGORY,
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
            go=_then(_is("helped", "yes", "solved", "it helped"), Go("told")),
        ),
        State("switch", action=_switch, go=AFTER_CATEGORY),
        State("told", action=story.told, go=(Go("description"),)),
        State("solved", final=True),
        State(
            "description",
            Slot(
                "description",
                _or_switch(story.description),
                free_text=True,
                correctable=False,
            ),
            go=_then(
                Go("urgent_steps", fraud.gave_away, "code or money given"), Go("story_details")
            ),
        ),
        State("urgent_steps", action=fraud.urgent_steps, go=(Go("story_details"),)),
        State("story_details", action=story.details_in_story, go=AFTER_DESCRIPTION),
        State("detail_wave", Slot("wave", _or_switch(details.wave)), go=_then(Go("confirm"))),
        State(
            "detail_payout",
            Slot("payout", _or_switch(details.payout), PAYOUT_OPTIONS, correctable=True),
            go=_then(Go("confirm")),
        ),
        State(
            "detail_provider",
            Slot("provider", _or_switch(details.provider), free_text=True),
            go=_then(Go("confirm")),
        ),
        State(
            "detail_order",
            Slot("order", _or_switch(details.order), free_text=True),
            go=_then(Go("confirm")),
        ),
        State(
            "confirm",
            Slot("confirm", _confirm, CONFIRM_OPTIONS),
            params=_confirm_params,
            ask_again=True,
            go=_then(
                _is("confirm", "rewrite", "rewrite", "rewrite"),
                _is("confirm", "amend", "amend", "story typed at the summary"),
                Go("create"),
            ),
        ),
        State("rewrite", action=lambda turn: _forget(turn, "description"), go=(Go("description"),)),
        State("amend", action=story.amend, go=(Go("description"),)),
        State("create", action=_create, go=(Go("filed"),)),
        State("filed", final=True, params=_filed_params),
    ),
)


def _forget(turn: FlowTurn, slot: str) -> Ask[list[Outbound]]:
    turn.slots.pop(slot, None)
    return []
    yield
