"""What a complaint is about: the categories (DOMAIN.md, most frequent first), those with a
known fix to try first, and the category a message's words name ("insentif blm masuk",
"ada joki") - used by the complaints flow and by answers that offer a complaint."""

from __future__ import annotations

import re
from functools import cache

from flows import complaint_told_first as told_first
from flows.balance_trade import TRADE as BALANCE_TRADE
from flows.complaint_venting import UNPAID, vented
from flows.course_platforms import WORDS as PLATFORM_WORDS
from flows.messages import Button
from flows.responses import LANGUAGES, text
from flows.runtime.machine import FlowTurn
from flows.turn import Message, within_context_of

# DOMAIN.md, most frequent first.
CATEGORIES = (
    "incentive",
    "certificate",
    "not_selected",
    "nik",
    "ktp_face",
    "otp_login",
    "payout_link",
    "account_blocked",
    "account_recovery",
    "provider",
    "purchase_redeem",
    "revoked",
    "fraud",
)
KNOWN_FIX = frozenset(
    {"incentive", "certificate", "not_selected", "nik", "ktp_face", "otp_login", "payout_link",
     "account_recovery", "purchase_redeem"}
)  # fmt: skip
CASH_OUT = (
    r"\b(?:cair|cairin|cairkan|pencairan|nyairin|tuker|tukar|tukarkan|uangkan|convert\w*|"
    r"turn|cash(?:ing)? out)\w* (?:\w+ ){0,3}?(?:saldo|balance)\b|"
    r"\b(?:saldo|balance)(?: \w+){0,3} (?:jadi|jd|ke|to|into|for) (?:uang|duit|cash|tunai)\b|"
    r"\bcash ?out\b"
)
"""A "cash out your training balance" offer (Indonesian or English): fraud, never a purchase."""
FICTITIOUS = (
    r"fiktif|pura[- ]pura beli|beli bohongan|(?:di)?bagi (?:2|dua|hasil)|bagi ?hasil|"
    r"fictitious|fake (?:purchase|training|course|order)|split the (?:money|balance)"
)
"""A fictitious purchase ("beli pelatihan fiktif, uangnya dibagi 2"): fraud."""
STAFF_ASKS_SECRET = (
    r"\b(?:cs|admin|admn|petugas|staf|staff|pegawai|operator|customer service|agen|agent|"
    r"pihak|officer)\w*(?: \w+){0,3}? (?:minta|mintain|nanya|nanyain|asked|asks|asking)\w*"
    r" (?:\w+ )?(?:kode |code |my |the )?(?:otp|sandi|password|pin)\b"
)
"""Someone said to be staff asking for a secret ("ada cs prakerja wa minta kode otp", "admin
prakerja minta otp aku"): staff never ask for one, so it is fraud."""
_TRAINING_SIDE = (
    r"lembaga|lpk|lp|platform|mitra|provider|penyedia|kelas|webinar|(?<!ain )(?<!iin )pelatihan|"
    r"kursus|trainer|instruktur|mentor|pengajar|tutor|situs|web|website|aplikasi|app|training"
)
"""Who may rightly take a voucher or redeem code: the training provider or the platform (the
voucher is exchanged on the provider's site, the redeem code at the session: DOMAIN.md)."""
STAFF_ASKS_CODE = re.compile(
    r"\b(?:cs|admin|admn|petugas|staf|staff|pegawai|operator|customer service|agen|agent|"
    r"officer|pihak|ada (?:yg|yang|orang)|seseorang|oknum|someone|somebody)\w*"
    rf"(?: (?!(?:{_TRAINING_SIDE})\b)\w+){{0,3}}? (?:minta|mintain|nanya|nanyain|ask|asked|asks|"
    r"asking)\w*(?: \w+){0,2}? (?:kode |code |my |the )?(?:voucher|vocer|voucer|redeem|redem)\w*"
)
"""Someone said to be staff, or a stranger, asking for a voucher or redeem code ("admin
prakerja wa aku minta kode voucher", "ada cs yg minta kode redeem aku", "someone asked me for
my voucher code"): officials never ask for one (DOMAIN.md), so it is fraud; not the training
provider or platform that takes it ("admin lembaga minta kode redeem": ``asks_for_code``)."""
_KTP = r"(?:e-?ktp|ktp)\w*"
KTP_UPLOAD = (
    rf"\b(?:upload|uplod|aplod|apload|unggah|ngupload|mengunggah|kirim|scan|verifikasi|"
    rf"uploading|uploaded)\w*\s+(?:\w+\s+)?{_KTP}\b"
    rf"|\b{_KTP}\s+(?:\w+\s+){{0,2}}?(?:gagal|error|eror|ditolak|ga kebaca|tidak terbaca|"
    r"gak kebaca|blur|buram|upload\w*|unggah\w*|failed|fails|rejected|won'?t upload)"
)
"""The e-KTP's upload or reading failing ("upload ktp gagal mulu", "ktp ditolak terus",
"uploading my ktp failed"): the KTP photo and face check (DOMAIN.md, complaint 5), not another
category ("ktp" alone names none: "nik di ktp beda" is about the NIK)."""
FILES_COMPLAINT = re.compile(
    r"\b(?:lapor\w*|melapor\w*|komplain\w*|complain\w*|pengaduan|aduan|ngadu\w*|mengadu\w*|"
    r"report\w*|ticket|tiket)\b"
)
"""A complaint asked for outright ("mau komplain, ...", "I want to report ..."): the flow takes
it, not an answer that would only offer it."""
_TO_PERSON = (
    r"\s+(?:\w+\s+){0,2}?(?:ke|dengan|dgn|sama|sm|with|to)\s+(?:si\s+|para\s+|the\s+|a\s+)?"
    r"(?:cs|admin|mimin|petugas|operator|orang|org|manusia|agen|agent|staf|staff|call ?cent"
    r"|customer|human|person|live ?chat)"
)
"""After "sambung(in|kan)": a person asked for ("sambungin ke cs dong", "tolong sambungkan aku
ke admin"), not an e-wallet or bank account being linked."""
PAID_INSIDER = (
    r"(?:bayar|transfer|tf|setor|nyetor|kasih duit|kasih uang|paid|pay)\w*(?: \w+){0,4}? "
    r"(?:ke |sama |sm |to )?(?:(?:orang|org) (?:dalam|dalem|dlm|pusat)|ordal|oknum|insider)"
)
"""Money paid to an insider for selection ("aku udh bayar 500rb ke orang dalem tp ga lolos"):
nobody can sell selection (DOMAIN.md), so a fraud, whatever else the message names."""
_KEYWORDS = (
    ("fraud", r"joki|penipu|tipu|scam|calo|palsu|pencairan saldo|cairkan saldo|fraud|"
              + PAID_INSIDER + "|"
              r"jasa (?:daftar|pendaftaran|bikin akun)|dijamin (?:lolos|diterima)|"
              r"guaranteed (?:selection|to be selected)|"
              r"(?:jual|beli)\w*(?: ?beli)? (?:akun|saldo|kartu|voucher|nik)|"
              r"(?:sell|buy)\w* (?:\w+ )?(?:accounts?|balances?|cards?|vouchers?)|"
              r"\b(?:ngaku|ngaku2|mengaku|claim\w* to be|pretend\w*|impersonat\w*)\b|"
              r"(?:dimintai|diminta|nanya\w*|menanyakan|asked for|asking for|asked me for|"
              r"(?:ada (?:yg|yang|orang)|orang|dia|seseorang|oknum|mereka)(?: \w+){0,3}? minta\w*)"
              r" (?:kode |my |the )?(?:otp|sandi|password|pin)|"
              + STAFF_ASKS_SECRET + "|" + CASH_OUT + "|" + FICTITIOUS + "|" + BALANCE_TRADE),
    ("incentive", r"insentif|dana (?:belum|blm|gak|tidak) masuk|incentive|" + UNPAID),
    ("certificate", r"sertifikat|certificate"),
    ("not_selected", r"(?:gak|ga|gk|g|tidak|tdk|belum|blm|nggak|ngga|enggak) lolos|(?:not|"
                     r"wasn't|weren't|haven't been|never(?: got| been)?)(?: i| we)? selected"),
    ("ktp_face", r"foto ktp|wajah|(?<!tatap )\bmuka\b|\bface\b|selfie|liveness|swafoto|"
                 r"ktp photo|" + KTP_UPLOAD),
    ("otp_login", r"\botp\b|login|masuk akun|email verifikasi|link verifikasi|verification link"),
    ("payout_link", rf"e-?wallet|rekening|sambung\w*\b(?!{_TO_PERSON})|tautkan|linkaja|"
                    r"\blink(?:ing|ed)?\b"
                    r"(?!\s*(?:zoom|webinar|meet|gmeet|kelas|pelatihan|verifikasi|pendaftaran))"),
    ("account_blocked", r"blokir|diblokir|blocked"),
    ("account_recovery", r"lupa|kesupen|\blali\b|ganti (?:nomor|hp|email)|forgot|"
                         r"(?:nomor|nomer|\bno\.? ?(?:hp|telp|wa)|\bhp|kartu sim|sim ?card)"
                         r"(?: \w+){0,2} (?:hangus|mati|(?:tidak|gak|ga|gk|nggak|sudah ga|udah ga) "
                         r"aktif|non ?aktif|hilang|expired)|"
                         r"(?:phone|number|sim)(?: \w+){0,2} (?:is )?"
                         r"(?:dead|inactive|lost|expired)|lost my (?:phone|sim)"),
    ("nik", r"\bnik\b|dukcapil|kk tidak sesuai"),
    ("provider", r"lembaga|pelatihan dibatalkan|provider|webinar"),
    ("purchase_redeem", r"redeem|voucher|beli pelatihan|pembayaran|transaksi"),
    ("revoked", r"dicabut|hangus|revoked"),
)  # fmt: skip


_REVOKED = re.compile(r"\b(?:dicabut|revoked)\b")
"""Said outright, a revocation is what the message is about, whatever else it names."""
_BLOCKED = re.compile(r"\b(?:di|ke|ter)?blokir\b|\bblocked\b|\bdibekukan\b|\bsuspend\w*")
"""A blocked account is what the message is about, though it names the login where it showed
("akun saya diblokir pas login kemarin"); not a blocked e-wallet or bank account."""


PAYOUT_NAMED = re.compile(
    r"\b(?:e-?wallet|rekening|rek|bank|bni|bca|bri|ovo|go-?pay|dana|link ?aja|shopee ?pay)\b"
)
"""A bank or e-wallet named: what may be blocked instead of the account, what a message about
linking is about ("tetep gagal hubungin gopay"), never the account's email."""


_TRAINING_SIDE_NAMED = re.compile(rf"\b(?:{_TRAINING_SIDE})\b|{PLATFORM_WORDS.pattern}")


def asks_for_code(text: str) -> bool:
    """Someone said to be staff, or a stranger, asked for a voucher or redeem code, and the
    message names no training provider or platform ("admin lembaga minta kode redeem", "di web
    tokopedia adminnya minta kode voucher": where the code is used)."""
    lowered = text.lower()
    return bool(STAFF_ASKS_CODE.search(lowered)) and not _TRAINING_SIDE_NAMED.search(lowered)


def _fraud_named(lowered: str) -> bool:
    return bool(re.search(_KEYWORDS[0][1], lowered)) or asks_for_code(lowered)


def known_problem(message: Message) -> bool:
    """A problem with a known fix, named in a message the NLU is unsure of, perhaps a complaint
    ("my face verification keeps failing, what should I do": complaint or help at 0.33)."""
    likely = {name for name, _ in message.ranking[:2]} | {message.intent}
    return "complaint" in likely and category_for(message.text or "") in KNOWN_FIX


def category_for(text: str) -> str | None:
    """Fraud wherever it is named; otherwise the category the text names most often ("sertifikat
    belum muncul 2 minggu ... insentif nunggu sertifikat" is about the certificate), the list's
    order breaking ties."""
    lowered = text.lower()
    if _REVOKED.search(lowered) and not _fraud_named(lowered):
        return "revoked"  # "kartu aku dicabut padahal udah beli pelatihan": not the purchase
    blocked = _BLOCKED.search(lowered) and not _fraud_named(lowered)
    if blocked and not PAYOUT_NAMED.search(lowered):
        return "account_blocked"  # "diblokir pas login": not the login
    if (angry_at := vented(lowered, _fraud_named)) is not None:
        return angry_at  # "this program is a scam, I never got my money!!!", "... ga pernah lolos"
    if asks_for_code(lowered):
        return "fraud"  # "admin prakerja minta kode voucher": not the redeem fix
    found: list[tuple[int, int, str]] = []
    for rank, (category, pattern) in enumerate(_KEYWORDS):
        named = len(re.findall(pattern, lowered))
        if named and category == "fraud":
            return category
        if named:
            found.append((-named, rank, category))
    return min(found)[2] if found else None


_GENERIC = frozenset(
    {"tidak", "belum", "masalah", "akun", "kode", "pelatihan", "masuk", "gagal", "ganti",
     "problem", "account", "code", "training", "missing", "received", "failed", "check", "phone",
     "email", "login"}
)  # fmt: skip
"""Label words that name no category on their own ("akun" alone may be any account problem)."""
NEAR_MIN = 4
"""A typed word this long may be the start of a label's word ("sertif", "insen")."""
TYPO_MIN = 5
"""Words this long may differ from a label's word by one edit ("sertifkat", "insnetif")."""


@cache
def _label_words() -> dict[str, str]:
    """Each word of the category buttons' labels (both languages) that only one category's
    label has, with that category."""
    seen: dict[str, set[str]] = {}
    for category in CATEGORIES:
        for language in LANGUAGES:
            label = text(language, f"complaints.category.options.{category}").lower()
            for word in re.findall(r"[a-z]+", label):
                seen.setdefault(word, set()).add(category)
    return {
        word: next(iter(named))
        for word, named in seen.items()
        if len(named) == 1 and len(word) >= NEAR_MIN and word not in _GENERIC
    }


def category_near(text_typed: str) -> str | None:
    """The one category whose button label a typed word nearly names: a prefix of a label's
    word ("sertif") or one typo away from it ("sertifkat", "insnetif"); None if none or
    several."""
    found = {
        category
        for typed in re.findall(r"[a-z]+", text_typed.lower())
        if len(typed) >= NEAR_MIN
        for word, category in _label_words().items()
        if word.startswith(typed) or (len(typed) >= TYPO_MIN and _one_edit(typed, word))
    }
    return found.pop() if len(found) == 1 else None


def _one_edit(a: str, b: str) -> bool:
    """At most one insertion, deletion, substitution or swap of neighbours apart."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        swapped = len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
        return len(diff) == 1 or (swapped and a[diff[1]] == b[diff[0]])
    short, long = sorted((a, b), key=len)
    i = next((i for i, (x, y) in enumerate(zip(short, long, strict=False)) if x != y), len(short))
    return short[i:] == long[i + 1 :]


FIX_SHOWN = "fix_shown"
"""``session.profile`` key: the topic an answer just offered a complaint about, {"category",
"fix" (its known fix was shown), "at" (epoch seconds), "turn" (``Session.turns``)}: a complaint
within the context window is about it, and skips a fix already shown."""
TOPIC_TURNS = 3
"""A topic answered more turns ago than this is no longer "just answered"."""


def file_complaint(
    turn: FlowTurn,
    *,
    fix_shown: str | None = None,
    topic: str | None = None,
    story: str | None = None,
) -> Button:
    """Still stuck after the answer: a complaint about what was just asked. ``fix_shown``: the
    answer gave that category's known fix, so the complaint does not offer it again; ``topic``:
    the category the answer was about (else the one the question names, if any); ``story``:
    the complaint's story, told already (its secrets masked), with the warning and steps it
    needs given already (a fraud told: ``flows.fraud``)."""
    category = fix_shown or topic or category_for(turn.message.text or "")
    told_first.keep(turn, category, story)  # the first topic, a fraud's story: for a complaint
    if category is not None:
        turn.session.profile[FIX_SHOWN] = {
            "category": category,
            "fix": fix_shown is not None,
            "at": turn.message.at.timestamp(),
            "turn": turn.session.turns,
            **({"story": story} if story else {}),
        }
    return turn.button("complaints.file", "flow:complaints")


def topic_answered(turn: FlowTurn) -> dict[str, object] | None:
    """The topic an answer just offered a complaint about (``FIX_SHOWN``), if still recent."""
    shown = turn.session.profile.get(FIX_SHOWN)
    if not isinstance(shown, dict) or shown.get("category") not in CATEGORIES:
        return None
    at, answered_in = shown.get("at"), shown.get("turn", turn.session.turns - 1)
    if not isinstance(at, float) or not within_context_of(at, turn.message.at):
        return None
    if not isinstance(answered_in, int) or turn.session.turns - answered_in > TOPIC_TURNS:
        return None
    return shown
