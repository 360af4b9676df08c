"""What one needs to register, asked or said at a registration question (``registration_asides``
reads these), each answered, then the question asked again (nothing taken as its answer):

- someone else's phone or email ("pakai nomor ortu boleh?", "hp nya minjem temen", "nomor ibu
  saya 0812...", "can I use my mom's phone number?"): the number and email must be one's own,
  as the answer outside the form says (``registration_help.borrowed``; DOMAIN.md "Registration
  steps": the phone must later match the e-wallet; "Incentives": in one's own name). Before,
  "pakai nomor ortu boleh?" got the payout-account answer, "hp nya minjem temen" was not
  understood, and "nomor ibu saya 0812..." was taken as one's own number;
- no phone ("aku ga punya hp"): one in one's own name is needed (the code goes there, and it
  must match the e-wallet later). Before, the list of account problems;
- whether the email must be Gmail ("emailnya harus gmail?"): any address one can open (the
  code goes there; this form takes any). Before, the list of account problems;
- how to make an email ("bikin email gmn?"): as having none (``registration_help.lacking``);
- which of one's numbers to use ("hp aku ganti2 terus, pake yg mana ya"): the one kept for the
  long term, as the e-wallet must use it later (``asks_which_phone``).

What someone else lacks ("dia ga punya hp" right after asking to register a younger sibling,
"adek aku ga punya email"): each person registers themselves, with their own phone number and
email. Outside the form (``someone_else_lacks``), before: "Kamu perlu nomor HP... pilih 'Lanjut
daftar'" with a button for a registration never started; at a question of the form
(``other_lacks_in_form``, with a word that this form registers one person), before: read as
the user's own lack.
"""

from __future__ import annotations

import re

from flows.messages import Outbound
from flows.registration_help import borrows, lacking
from flows.runtime.machine import FlowTurn
from flows.turn import Message

_PROVIDER = re.compile(r"\b(?:gmail|g-mail|yahoo|ymail|outlook|hotmail|icloud)\b")
_MUST = re.compile(
    r"\b(?:harus|hrs|wajib|mesti|musti|cuma|hanya|selain|boleh|bisa|bisakah|must|only|other than"
    r"|have to)\b"
)
_MAKE_EMAIL = re.compile(
    r"\b(?:bikin|bkin|buat|membuat|bikinin|buatin|daftar|create|make|sign up for)\s+(?:\w+\s+)?"
    r"(?:e-?mail|gmail|surel)\b"
)
_ASKS = re.compile(r"\?|\b(?:gimana|gmn|gmna|bagaimana|caranya|cara|how|dimana|di mana)\b")


def need(message: Message, step: str) -> str | None:
    """The response key answering what ``message`` says one needs at the question ``step``,
    else None."""
    text = " ".join((message.text or "").lower().split())
    if not text or "@" in text:
        return None
    if borrows(message):
        return "registration_help.borrowed"
    if lacking(message) == "phone":
        return "registration.aside.no_phone"
    if _PROVIDER.search(text) and _MUST.search(text) and "?" in text:
        return "registration.aside.any_email"
    if asks_to_make_email(text):
        return "invalid.no_email" if step == "email" else "registration.aside.no_email"
    if asks_which_phone(text):
        return "registration.aside.which_phone"
    return None


_PHONE = re.compile(r"\b(?:hp|handphone|nomor|nomer|no|nmr|sim|simcard|number|phone)\b")
_OTHER_NUMBER = re.compile(
    r"\b(?:kk|nik|ktp|kartu keluarga|kartu prakerja|e-?mail|rekening|otp|kode|code|pesanan|tiket"
    r"|ticket)\b"
)
"""Another number named ("no kk itu yg mana ya"): not which phone to use."""
_WHICH = re.compile(r"\b(?:(?:yang|yg|yng) mana|mana (?:yang|yg)|which(?: one)?)\b")
_SEVERAL = re.compile(
    r"\bganti[\s-]*2\b|\b(?:ganti[\s-]ganti|gonta[\s-]?ganti|(?:sering|suka|sllu|selalu) ganti"
    r"|ganti (?:terus|mulu|melulu)|(?:ada|punya) (?:2|dua|3|tiga|banyak|beberapa)"
    r"|(?:2|dua|3|tiga|banyak|beberapa) (?:nomor|nomer|no|hp|kartu|sim)|dual sim"
    r"|(?:two|several|many) (?:numbers|phones|sims?)|change (?:my )?numbers? (?:a lot|often))\b"
)
_ASKS_WHICH = re.compile(r"\?|\b(?:gimana|gmn|gmna|bagaimana|boleh|bisa|apa|pake|pakai|use)\b")


def asks_which_phone(text: str) -> bool:
    """ "hp aku ganti2 terus, pake yg mana ya", "nomor aku ada 2, yg mana?": which of one's own
    numbers to register: the one kept for the long term, the e-wallet's later (DOMAIN.md
    "Registration steps"; "Incentives": a changed phone is a common failure cause). Before, "I
    can show your data after this registration"."""
    if not _PHONE.search(text) or _OTHER_NUMBER.search(text):
        return False
    if any(ch.isdigit() for ch in _SEVERAL.sub(" ", text)):
        return False
    return bool(_WHICH.search(text) or (_SEVERAL.search(text) and _ASKS_WHICH.search(text)))


def asks_to_make_email(text: str) -> bool:
    """ "bikin email gmn?", "how do I create an email?": how to get one, as having none."""
    return bool(_MAKE_EMAIL.search(text) and _ASKS.search(text))


_OTHER = (
    r"(?:dia|doi|beliau|adik\w*|adek\w*|ade|kakak\w*|kaka|abang\w*|mbak\w*|mas|ibu\w*|ayah\w*|"
    r"bapak\w*|emak\w*|mama\w*|papa\w*|ortu\w*|suami\w*|istri\w*|anak\w*|teman\w*|temen\w*|"
    r"saudara\w*|sodara\w*|sepupu\w*|ponakan\w*|keponakan\w*|mereka|he|she|they|brother|sister|"
    r"mom|mother|dad|father|wife|husband|son|daughter|friend)"
)
_FIRST = r"(?:aku|aq|saya|sy|gue|gw|gua|ku|i|my)"
_NOT_HAVE = re.compile(
    r"\b(?:ga|gak|gk|nggak|ngga|enggak|tidak|tdk|belum|blm)\s+(?:punya|ada|pny)\b"
    r"|\b(?:doesn'?t|does not|don'?t|do not) have\b|\bhas no\b"
)
_SUBJECT_OTHER = re.compile(rf"\b{_OTHER}(?:\s+{_FIRST})?(?:\s+(?:juga|jg|tuh|itu|sih))?\s*$")
"""Someone else just before the lack: "dia", "adek aku", "my brother"."""


def other_lacks(message: Message) -> str | None:
    """What someone else is said to lack to register ("dia ga punya hp", "ibu aku ga punya
    email"): "phone", "email", "ktp" or "kk"; None for the user's own lack ("aku ga punya hp")
    or no lack."""
    text = " ".join((message.text or "").lower().split())
    if message.payload is not None or not text:
        return None
    missing = lacking(message)
    found = _NOT_HAVE.search(text)
    if missing is None or found is None or not _SUBJECT_OTHER.search(text[: found.start()]):
        return None
    return missing


def someone_else_lacks(turn: FlowTurn) -> list[Outbound] | None:
    """What someone else lacks to register (a phone, an email, a KTP, a KK), outside the form:
    they register themselves, with their own; None: no such remark."""
    missing = other_lacks(turn.message) if turn.session.flow is None else None
    if missing is None:
        return None
    steps = turn.button("menu.register", "topic:register")
    return [turn.reply(f"registration_needs.other_{missing}", steps, turn.menu_button())]


def other_lacks_in_form(turn: FlowTurn) -> str | None:
    """The answer to what someone else lacks, said at a registration question ("dia ga punya
    hp" while registering for a sibling or a parent): they register themselves with their own
    phone number and email (DOMAIN.md "Registration steps": the phone must later match the
    e-wallet; "Incentives": in the participant's own name), and this form registers one person
    with their own; None: no such remark. Before, it was read as the user's own lack ("you
    need a phone number in your own name")."""
    missing = other_lacks(turn.message)
    if missing is None:
        return None
    return (
        turn.say(f"registration_needs.other_{missing}")
        + "\n\n"
        + turn.say("registration_needs.in_form")
    )


__all__ = [
    "asks_to_make_email",
    "asks_which_phone",
    "need",
    "other_lacks",
    "other_lacks_in_form",
    "someone_else_lacks",
]
