"""A message pasted from elsewhere that claims programme facts ("*INFO PRAKERJA TERBARU*
Gelombang 73 dibuka tgl 1 Des 2026!! Insentif naik jadi Rp 1.200.000!! Daftar sekarang lewat
link bit.ly/prakerja-73 ... Sebarkan ke grup lain ya"), checked against what is known
(DOMAIN.md): links only to prakerja.go.id (a shortened link hides where it goes), the package's
amounts from config.yml, waves from the database, registration free, never a password or an
OTP asked for. What does not fit is listed, with the official channels; a complaint is one tap
away. Before: "Maksud kamu yang mana?".

Right after it, "ini beneran ga kak?" asks about THAT message (before: "Iya, aku asisten
virtual (bot)"), and "trs linknya aman?" about its link."""

from __future__ import annotations

import re

from flows.complaint_topics import file_complaint
from flows.formatting import money
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.queries import WaveByNumber
from flows.runtime.machine import FlowTurn
from flows.turn import Ask
from flows.validators import money as rupiah
from flows.views import WaveView
from flows.waves import wave_text, waves_text

TOPIC = "pasted_notice"
"""``flows.last_answer`` topic: a pasted message was checked ("ini beneran?" next is about it)."""
CHECKED = "pasted_notice"
"""``session.profile`` key: {"issues": [lines], "hosts": [hosts]} of the message checked."""
OFFICIAL = "prakerja.go.id"
MIN_WORDS = 15
"""A forwarded notice is long; a short "ada link X, asli ga?" is ``flows.authenticity``'s."""

_HOST = re.compile(r"(?<![\w@.-])((?:[a-z0-9-]+\.)+[a-z]{2,})(?=[/\s:?#,)!]|$)")
_SHORTENERS = frozenset({
    "bit.ly", "s.id", "tinyurl.com", "shorturl.at", "cutt.ly", "rb.gy", "t.ly", "goo.gl",
    "ow.ly", "is.gd", "linktr.ee", "lnk.bio", "tiny.cc", "rebrand.ly", "t.co", "v.gd",
})  # fmt: skip
_PROGRAMME = re.compile(r"\bprakerja\b")
_FORWARDED = re.compile(
    r"\b(?:sebarkan|sebarin|bagikan|share|forward\w*|teruskan|viral\w*|buruan|segera daftar|"
    r"daftar sekarang|klik (?:link|tautan)\w*|info\w* (?:prakerja )?terbaru)\b|\*[^*\n]{3,}\*|📢"
)
"""What a forwarded notice looks like: a call to share or hurry, a bold header, a megaphone."""
_CLAIMS = re.compile(
    r"\b(?:gelombang|gel)\.?\s*\d{1,3}\b|\brp\.?\s*\d|\b\d+(?:[.,]\d+)?\s*(?:juta|jt)\b|"
    r"\b(?:insentif|saldo|bantuan|dana|cair\w*|dibuka|kuota)\b"
)
_AMOUNT = re.compile(
    r"\brp\.?\s*\d[\d.,]*(?:\s*(?:juta|jt|ribu|rb))?|\b\d+(?:[.,]\d+)?\s*(?:juta|jt|ribu|rb)\b"
)
_WAVE = re.compile(r"\b(?:gelombang|gel)\.?\s*(\d{1,3})\b")
_INCENTIVE = re.compile(r"\binsentif\w*\b")
_FEE = re.compile(
    r"\b(?:biaya (?:pendaftaran|admin\w*|daftar)|bayar\w*|transfer\w*|uang (?:pendaftaran|"
    r"admin\w*))\b"
)
_SECRETS = re.compile(r"\b(?:otp|kata sandi|password|pin|kode voucher|kode redeem)\b")

_ASKS_REAL = re.compile(
    r"\b(?:beneran|bener|benar|asli|resmi|hoax|hoaks|palsu|penipuan|nipu|valid|real|legit|"
    r"fake|scam|percaya|dipercaya)\b"
)
_LINK = re.compile(r"\b(?:link\w*|tautan\w*|situs\w*|web\w*|url|site)\b")
_SAFE = re.compile(
    r"\b(?:aman|safe|bahaya\w*|boleh|bisa|dibuka|buka|diklik|klik|dipencet|pencet|open)\b"
)
MAX_FOLLOW_UP_WORDS = 10


def _text(turn: FlowTurn) -> str:
    return " ".join((turn.message.text or "").lower().split())


def _official(host: str) -> bool:
    return host == OFFICIAL or host.endswith("." + OFFICIAL)


def pasted(text: str) -> bool:
    """``text`` (lowercase) looks like a notice forwarded about the programme."""
    if len(text.split()) < MIN_WORDS or not _PROGRAMME.search(text):
        return False
    named = bool(_HOST.search(text)) or bool(_FORWARDED.search(text))
    return named and bool(_CLAIMS.search(text))


def _amount_lines(turn: FlowTurn, text: str) -> list[str]:
    """Amounts that are none of the package's: the incentive said right, or the package."""
    era = turn.ctx.programme.era
    known = {
        era.training_balance, era.incentive_amount, era.incentive_amount * era.incentive_times,
        era.survey_amount, era.survey_amount * era.survey_times, era.total,
    }  # fmt: skip
    facts = turn.ctx.programme.facts()
    lines: list[str] = []
    for found in _AMOUNT.finditer(text):
        amount = rupiah(found.group(0))
        if amount is None or amount in known:
            continue
        before = text[max(0, found.start() - 40) : found.start()]
        key = "pasted_notice.incentive" if _INCENTIVE.search(before) else "pasted_notice.amount"
        lines.append(turn.say(key, claimed=money(amount), **facts))
    return lines


def _wave_lines(turn: FlowTurn, text: str) -> Ask[tuple[list[str], list[str]]]:
    """Issues (a wave the database does not hold) and notes (where a known one stands)."""
    issues: list[str] = []
    notes: list[str] = []
    for number in dict.fromkeys(int(found) for found in _WAVE.findall(text)):
        wave: WaveView | None = yield WaveByNumber(number)
        if wave is None:
            now = yield from waves_text(turn.lang)
            issues.append(turn.say("pasted_notice.wave_unknown", number=number, now=now))
        else:
            said = yield from wave_text(number, turn.lang, turn.message.at)
            notes.append(turn.say("broadcasts.wave_now", now=said))
    return issues, notes


def _issues(turn: FlowTurn, text: str) -> Ask[tuple[list[str], list[str], list[str]]]:
    """What does not fit the official facts, notes on waves, and the links named."""
    hosts = list(dict.fromkeys(_HOST.findall(text)))
    issues: list[str] = []
    for host in hosts:
        if _official(host):
            continue
        key = "short_link" if host in _SHORTENERS else "other_site"
        issues.append(turn.say(f"pasted_notice.{key}", host=host))
    issues += _amount_lines(turn, text)
    waves, notes = yield from _wave_lines(turn, text)
    issues += waves
    if _FEE.search(text):
        issues.append(turn.say("pasted_notice.fee"))
    if _SECRETS.search(text):
        issues.append(turn.say("pasted_notice.secrets"))
    return issues, notes, hosts


def _checked(turn: FlowTurn) -> Ask[list[Outbound]]:
    """The notice checked: what does not fit, or nothing found (and the sender unknown)."""
    issues, notes, hosts = yield from _issues(turn, _text(turn))
    remember(turn, TOPIC)
    turn.session.profile[CHECKED] = {"issues": issues, "hosts": hosts}
    contact = turn.ctx.programme.contact_centre
    if issues:
        body = turn.say("pasted_notice.suspect", issues="\n".join(issues), contact_centre=contact)
    else:
        body = turn.say("pasted_notice.plausible", contact_centre=contact)
    body = "\n\n".join([body, *notes])
    report = file_complaint(turn, topic="fraud")
    return [Outbound(body, (report, turn.menu_button()))]


def _follow_up(turn: FlowTurn, text: str) -> list[Outbound] | None:
    """ "ini beneran ga?", "linknya aman?" right after a notice was checked: about it."""
    checked = turn.session.profile.get(CHECKED)
    if not isinstance(checked, dict) or len(text.split()) > MAX_FOLLOW_UP_WORDS:
        return None
    issues = [str(line) for line in checked.get("issues", [])]
    hosts = [str(host) for host in checked.get("hosts", [])]
    if _LINK.search(text) and (_SAFE.search(text) or _ASKS_REAL.search(text)):
        remember(turn, TOPIC)
        unofficial = [host for host in hosts if not _official(host)]
        if unofficial:
            report = file_complaint(turn, topic="fraud")
            said = turn.say("pasted_notice.link_unsafe", host=unofficial[0])
            return [Outbound(said, (report, turn.menu_button()))]
        key = "pasted_notice.link_official" if hosts else "pasted_notice.no_link"
        return [turn.reply(key, turn.menu_button())]
    if not _ASKS_REAL.search(text):
        return None
    remember(turn, TOPIC)
    if not issues:
        return [turn.reply("pasted_notice.again_plausible", turn.menu_button())]
    report = file_complaint(turn, topic="fraud")
    said = turn.say("pasted_notice.again_suspect", issues="\n".join(issues))
    return [Outbound(said, (report, turn.menu_button()))]


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """A pasted notice checked, or a question about the one just checked; else None."""
    message = turn.message
    if message.payload is not None or turn.session.flow is not None or not message.text:
        return None
    text = _text(turn)
    if just_said(turn) == TOPIC:
        followed = _follow_up(turn, text)
        if followed is not None:
            return followed
    if not pasted(text):
        return None
    return (yield from _checked(turn))


__all__ = ["CHECKED", "TOPIC", "answer", "pasted"]
