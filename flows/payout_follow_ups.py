"""Short follow-ups in a conversation about the payout account (bank account or e-wallet),
read against the payout answer just given rather than the NLU's reading of so few words:

- after changing or linking it ("ganti ke bca bisa?" → "caranya gimana?"): the steps;
- after someone else's account or a name that is not one's own ("itu rekening punya kakak aku"
  → "trus gmn dong"): link one in one's own name, then a complaint for a failed payment;
- after a linking failure ("gagal terus sambungin gopay, katanya data tidak sesuai"): a
  diagnosis, one cause at a time. "udah premium kok" or "nomornya juga sama" rule a cause out
  (before: "udah premium" was taken for a fix, "nomornya juga sama" queued the user for a
  person); the next cause follows (the name on the account vs the KTP, the NIK), and once all
  are ruled out a complaint (DOMAIN.md, Incentives: "name/NIK mismatch with the account,
  e-wallet not upgraded, phone changed, account inactive").

The payout topic is kept beside ``flows.last_answer`` (``noted``), so the topics that module's
readers know ("payment_account", ``payout_help.VARIED``) stay as they were."""

from __future__ import annotations

import re

from flows import payout_chosen, payout_owner
from flows.complaint_topics import file_complaint
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.runtime import controls
from flows.runtime.machine import FlowTurn
from flows.turn import within_context_of

LINK_FAILED, CHANGE, NOT_OWN = "payout_link_failed", "payout_change", "payout_not_own"
"""Payout topics: a linking failure, changing or linking the account, someone else's account."""
NOTED = "payout_said"
"""``session.profile`` key: [topic, epoch seconds, ``Session.turns`` of the answer]."""
CHECKED = "payout_checked"
"""``session.profile`` key: {"ruled": causes ruled out, "shown": causes explained}."""
CAUSES = ("name", "upgrade", "phone", "active")
"""A linking failure's causes, the likeliest first ("data tidak sesuai": the name or NIK)."""
MAX_WORDS = 16


def note(turn: FlowTurn, topic: str, *, fresh: bool = False) -> None:
    """The payout answer just given; ``fresh`` starts a new diagnosis (a new failure told)."""
    profile = turn.session.profile
    remember(turn, topic, NOTED)
    if fresh or not isinstance(profile.get(CHECKED), dict):
        profile[CHECKED] = {"ruled": [], "shown": []}


def noted(turn: FlowTurn) -> str | None:
    """The payout topic of the answer to the message just before this one, if still recent."""
    return just_said(turn, NOTED)


def after_payout(turn: FlowTurn) -> bool:
    """The answer just given was about the payout account: a payout topic noted, or (recent)
    the question before was read as the payout question."""
    if noted(turn) is not None:
        return True
    trail: list[str] = turn.session.profile.get("trail") or []
    before = trail[:-1] if turn.message.intent else trail
    recent = within_context_of(turn.session.last_activity, turn.message.at)
    return recent and bool(before) and before[-1] == "payment_account"


_NOT = (
    r"(?:ga|gak|gk|g|nggak|ngga|enggak|engga|tidak|tdk|belum|blm|blom|bukan|not|isn'?t|aren'?t|"
    r"doesn'?t|don'?t|teu|henteu)"
)
_SAME = r"(?:sama|sesuai|cocok|bener|benar|match\w*|the same|correct)"
_DONE = r"(?:udah|udh|uda|sudah|sdh|dah|telah|already|tos|atos)"
_UPGRADE = r"(?:di|ter)?(?:upgrade\w*|premium|kyc|verified|terverifikasi)"
_SUBJECTS = {
    "phone": r"(?:nomor\w*|nomer\w*|no|nmr|number|hp\w*|handphone|phone)",
    "name": r"(?:nama\w*|names?|nik|niknya)",
}
_SUBJECT = {cause: re.compile(rf"\b{subject}\b") for cause, subject in _SUBJECTS.items()}
_STATED = {
    cause: re.compile(rf"\b{subject}\b(?:\s+\w+){{0,4}}?\s+{_SAME}\b")
    for cause, subject in _SUBJECTS.items()
}
_FIXED = {
    cause: re.compile(
        rf"\b{_DONE}\b(?:\s+\w+){{0,2}}?\s+(?:di|ku|ng|me|men)?(?:samain|samakan|sama\w*|ganti\w*|"
        rf"gnti\w*|ubah\w*|benerin|perbaiki|update\w*|fix\w*|change\w*)\b(?:\s+\w+){{0,2}}?\s+{subject}\b"
    )
    for cause, subject in _SUBJECTS.items()
}
"""The phone number or the name (NIK) said to be the same ("nomornya juga sama", "namanya udah
sesuai ktp"), or made so ("udah aku samain nomornya")."""
_DIFFERS = re.compile(rf"\b(?:beda|berbeda|different|differs?|{_NOT}\s+(?:\w+\s+)?{_SAME})\b")
"""Said to differ, anywhere after the subject ("nomor gopay sama prakerja beda", "nik nya ga
sama"): "sama" may also mean "with"."""
_UPGRADED = re.compile(
    rf"\b{_DONE}\b(?:\s+\w+){{0,3}}?\s+{_UPGRADE}\b"
    r"|\b(?:premium|upgraded|kyc)\b\s+(?:kok|koq|ko|semua|juga|jg|kak|min|dong)\b"
    r"|\b(?:it'?s|is)\s+(?:already\s+)?(?:premium|upgraded)\b"
)
_UPGRADE_WORD = re.compile(rf"\b{_UPGRADE}\b")
_ACTIVE = re.compile(r"\b(?:aktif|active)\b")
_INACTIVE = re.compile(
    rf"\b{_NOT}\s+(?:\w+\s+)?(?:aktif|active)\b|\b(?:nonaktif|non aktif|inactive|diblokir|"
    r"terblokir|dibekukan|blocked|frozen)\b"
)
_STILL = re.compile(
    r"\b(?:masih|msh|tetap|tetep|still)\s+(?:\w+\s+)?(?:gagal|gabisa|gbs|error|eror|fail\w*|"
    r"(?:ga|gak|gk|tidak|teu)\s+(?:bisa|tiasa))\b"
    r"|^\W*(?:(?:terus|trus|trs|lalu|jadi|jd|oh|ok|oke|so|and)\W+)*(?:gimana|gmn|gmna|bagaimana|"
    r"now what|what now|then what|what next)(?:\W+(?:dong|donk|ya|kak|min|sih|nih|lagi|lg|nya|"
    r"sekarang|skrg))*\W*$"
    r"|^\W*(?:terus|trus|trs|lalu|jadi|jd)(?:\W+(?:dong|donk|ya|kak|min|sih|nih|nya))*\W*$"
)
"""Still failing, or "trus gmn dong": the next cause, or the complaint."""
_ALL_DONE = re.compile(
    rf"\b{_DONE}\s+(?:\w+\s+)?(?:semua|semuanya|dicek semua|cek semua|sesuai semua)\b"
    r"|\bsemua(?:nya)?\s+(?:udah|udh|sudah|sdh)\s+(?:\w+\s+)?(?:sesuai|sama|bener|benar|dicek)\b"
    r"|\b(?:all|everything)\b.{0,20}\b(?:checked|matches|correct|fine)\b"
)


def _reading(lowered: str) -> tuple[list[str], str | None]:
    """The causes ruled out, and a cause confirmed ("nomornya beda": the phone), if any."""
    ruled: list[str] = []
    for cause, subject in _SUBJECT.items():
        named = subject.search(lowered)
        if _FIXED[cause].search(lowered):
            ruled.append(cause)
        elif named is not None and _DIFFERS.search(lowered, named.start()):
            return ruled, cause
        elif named is not None and _STATED[cause].search(lowered):
            ruled.append(cause)
    if _UPGRADED.search(lowered):
        ruled.append("upgrade")
    elif _UPGRADE_WORD.search(lowered):  # "belum premium", "teu aya tulisan upgrade": how
        return ruled, "upgrade"
    if _INACTIVE.search(lowered):
        return ruled, "active"
    if _ACTIVE.search(lowered):
        ruled.append("active")
    return ruled, None


def diagnosis(turn: FlowTurn) -> list[Outbound] | None:
    """After a linking failure: a cause ruled out, and the next to check; a cause confirmed,
    and its fix; once all are ruled out, a complaint. None: the message says none of that."""
    lowered = " ".join((turn.message.text or "").lower().split())
    if turn.message.payload is not None or len(lowered.split()) > MAX_WORDS:
        return None
    ruled, confirmed = _reading(lowered)
    if confirmed is not None:
        return _confirmed(turn, confirmed, lowered)
    checked = turn.session.profile.get(CHECKED) or {"ruled": [], "shown": []}
    everything = bool(_ALL_DONE.search(lowered))
    if not (ruled or everything or _STILL.search(lowered)):
        return None
    known = list(CAUSES) if everything else [c for c in CAUSES if c in ruled + checked["ruled"]]
    left = [c for c in CAUSES if c not in known]
    shown = list(checked["shown"])
    new = [c for c in CAUSES if c in ruled and c not in checked["ruled"]]
    lines = [] if everything else [_ruled_out(turn, new)]
    unshown = [c for c in left if c not in shown]
    if left and (new or unshown):  # a cause ruled out: the likeliest left; "trus gmn": a new one
        first = left[0] if new else unshown[0]
        lines.append(turn.say(f"kb.payout_check.next.{first}{'_again' if first in shown else ''}"))
        extra = [c for c in unshown if c != first][:1]
        lines += [turn.say(f"kb.payout_check.next.{c}") for c in extra]
        lines.append(turn.say("kb.payout_check.still"))
        shown += [c for c in (first, *extra) if c not in shown]
    else:  # nothing left to check, or all of it told already: staff check the data
        left = []
        lines.append(turn.say("kb.payout_check.all_checked"))
    turn.session.profile[CHECKED] = {"ruled": known, "shown": shown}
    note(turn, LINK_FAILED)
    report = file_complaint(turn, fix_shown="payout_link")
    person = (turn.button("common.talk_to_person", controls.HUMAN),) if not left else ()
    body = "\n\n".join(line for line in lines if line)
    return [Outbound(body, (report, *person, turn.menu_button()))]


def _ruled_out(turn: FlowTurn, causes: list[str]) -> str:
    if not causes:
        return ""
    done = [turn.say(f"kb.payout_check.done.{cause}") for cause in causes]
    last = f" {turn.say('kb.payout_check.and')} {done[-1]}" if len(done) > 1 else done[-1]
    joined = ", ".join(done[:-1]) + last if len(done) > 1 else last
    return turn.say("kb.payout_check.ruled_out", done=joined)


def _confirmed(turn: FlowTurn, cause: str, lowered: str) -> list[Outbound]:
    """The cause found ("nomornya beda", "belum premium"): its own fix."""
    note(turn, LINK_FAILED)
    if cause == "upgrade":
        return upgrade_steps(turn, lowered)
    report = file_complaint(turn, fix_shown="payout_link")
    key = {"phone": "kb.payout_phone_mismatch", "name": "kb.payout_name_mismatch"}
    return [turn.reply(key.get(cause, "kb.payout_check.inactive"), report, turn.menu_button())]


_WALLETS = {"ovo": "OVO", "gopay": "GoPay", "go-pay": "GoPay", "dana": "DANA",
            "linkaja": "LinkAja", "link aja": "LinkAja"}  # fmt: skip
_WALLET = re.compile(r"\b(" + "|".join(_WALLETS) + r")\b")


def upgrade_steps(turn: FlowTurn, lowered: str) -> list[Outbound]:
    """How to upgrade the e-wallet (in its own app, with one's own e-KTP), then link again."""
    named = _WALLET.search(lowered)
    app = _WALLETS[named.group(1)] if named else turn.say("kb.payout_upgrade_app")
    return [turn.reply("kb.payout_upgrade_how", turn.menu_button(), app=app)]


def link_steps(turn: FlowTurn) -> list[Outbound]:
    """How to link (or change) the payout account in the dashboard."""
    note(turn, CHANGE)
    return [turn.reply("kb.payout_link_steps", turn.menu_button())]


def own_next(turn: FlowTurn) -> list[Outbound]:
    """ "trus gmn dong" after someone else's account: one's own, then a complaint."""
    note(turn, NOT_OWN)
    report = file_complaint(turn, fix_shown="incentive")
    return [turn.reply("kb.payout_own_next", report, turn.menu_button())]


_BARE_HOW = re.compile(
    r"^\W*(?:(?:terus|trus|trs|lalu|jadi|jd|oh|ok|oke|so|and|then)\W+)*(?:cara\w*|gimana\w*|gmn|"
    r"gmna|bagaimana|how|langkah\w*|steps?|terus|trus|trs|lalu)(?:\W+(?:cara\w*|gimana|gmn|gmna|"
    r"bagaimana|nya|ya|kak|min|dong|donk|sih|nih|dong|to do it|do i do (?:it|that)|ngapain|"
    r"apa|selanjutnya|lagi|lg|aku|saya|sy|gw|harus|hrs|bikin|buat|pake|pakai|\w+(?:nya|innya)))*"
    r"\W*$"
)
"""A bare how or what now: "caranya gimana?", "gmn caranya", "trus gmn dong", "langkahnya?",
"trs aku bikin apa dong" (after "BRI bukan akun pencairan": link one that is)."""


_SCHEDULED = re.compile(r"\b(?:di|ter)?jadwal\w*|\bscheduled\b")
"""The incentive already scheduled, asked right after changing the account."""


def _told_before(turn: FlowTurn) -> str | None:
    """No payout topic noted, but the question just before, answered as the payout question,
    was about someone else's account ("itu rekening punya kakak aku sih", answered by
    ``money_help``'s copy of that answer): ``NOT_OWN``."""
    recent: list[str] = turn.session.profile.get("recent") or []
    if len(recent) < 2 or not after_payout(turn):
        return None
    return NOT_OWN if payout_owner.of_someone_else(recent[-2].lower()) else None


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The follow-up's answer by the payout topic just noted, else None."""
    topic = noted(turn) or _told_before(turn)
    if topic is None or turn.message.payload is not None:
        return None
    if topic == LINK_FAILED:
        return diagnosis(turn)
    if topic == CHANGE and (picked := payout_chosen.chosen(turn)) is not None:
        note(turn, CHANGE)  # "yaudh dana aja" after "ShopeePay belum bisa": how to link DANA
        return picked
    lowered = " ".join((turn.message.text or "").lower().split())
    if topic == CHANGE and len(lowered.split()) <= 10 and _SCHEDULED.search(lowered):
        note(turn, CHANGE)  # "kalo udah dijadwalin insentifnya gmn": paid to the account then
        return [turn.reply("kb.payout_change_scheduled", turn.menu_button())]
    if not _BARE_HOW.match(lowered):
        return None
    return link_steps(turn) if topic == CHANGE else own_next(turn)


__all__ = ["CHANGE", "LINK_FAILED", "NOT_OWN", "after_payout", "answer", "diagnosis",
           "link_steps", "note", "noted", "own_next", "upgrade_steps"]  # fmt: skip
