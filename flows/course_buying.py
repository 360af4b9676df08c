"""How, where and when a course is bought, asked outside a search: "gmn cara beli pelatihan min",
"beli kelas nya dmn kak", "how do I buy a course?", "beli pelatihan dmn aja min? tokopedia
bisa?", "pijar mahir itu apa", "what platforms can I buy from?", "bisa beli 2 pelatihan
sekaligus?", "mau beli pelatihan kedua", "kalo harganya lebih mahal dr saldo gmn". Answered
from DOMAIN.md's facts (a platform partner, the training balance, the voucher and redeem codes,
the deadlines) with the course search one tap away; before, the question's words were searched
('Belum ada pelatihan "gmn cara"').

Such a question names buying and asks how, where, on which platform or how many, and leaves no
topic once those words are taken out: "cara beli pelatihan desain grafis" still searches
"desain grafis", and "mau beli pelatihan" alone still asks what to learn."""

from __future__ import annotations

import re

from flows import course_platforms as platforms
from flows.complaint_topics import category_for
from flows.course_query import topic_words
from flows.durations import redeem_window
from flows.last_answer import just_said, remember
from flows.messages import Button, Outbound
from flows.my_courses import asks_my_courses
from flows.runtime.machine import FlowTurn

TOPIC = "course_buying"
"""``flows.last_answer`` topic: "kalo shopee bisa ga" right after it asks about buying there."""

_COURSE = r"(?:pelatihan|kelas|kursus|training|course|class)\w*"
_BUY = re.compile(r"\b(?:beli\w*|membeli\w*|dibeli\w*|pembelian\w*|buy\w*|purchas\w*|bought)\b")
_HOW = re.compile(
    r"\b(?:gimana|gmn|gmna|gimn|bagaimana|bgmn|cara\w*|dimana|di ?mana|dmn|dmana|how|where|"
    r"platform\w*|tempat\w*|lewat|via|bayar\w*|pay\w*)\b"
)
"""How, where or with what: a question about buying, not a wish to buy something ("beli yg
mana ya", "which course should I buy?" ask for a course: the search)."""
_AT_ONCE = re.compile(
    rf"\b(?:sekaligus|barengan|bersamaan|at once|at the same time|(?:dua|2|two|lebih dari "
    rf"(?:satu|1)|more than one|beberapa|several) {_COURSE})"
)
_COUNT = re.compile(
    rf"\b(?:maksimal|maks|max|paling banyak|how many|berapa|brp|brapa) (?:banyak )?{_COURSE}"
)
_LIMIT = re.compile(r"\b(?:maksimal|maks|max|paling banyak|boleh|bisa|bs|allowed|can)\b")
_SECOND = re.compile(
    rf"\b{_COURSE} ?(?:kedua|ke-? ?2|berikutnya|selanjutnya|lagi)\b|\b(?:second|another|next) "
    rf"{_COURSE}|\bbeli (?:lagi|pelatihan lain)\b|\bbuy (?:another|more)\b"
)
_OVER_BALANCE = re.compile(
    r"\b(?:lebih mahal|melebihi|lebih besar|lebih (?:dari|dr|drpd|daripada))\b.{0,25}\bsaldo|"
    r"\bsaldo\w*\b.{0,25}\b(?:kurang|(?:ga|gak|gk|nggak|ngga|tidak|tdk) cukup)\b|"
    r"\b(?:nambah\w*|tambah\w*|top ?up|nombok\w*)\b.{0,25}\b(?:uang|duit|dana)\b|"
    r"\bmore (?:expensive )?than (?:my |the )?balance\b"
    r"|\bbalance (?:is )?(?:not enough|too low)\b"
    r"|\b(?:costs? more|more expensive|pricier)\b"  # "can i top up if the course costs more?"
)
_TOP_UP = re.compile(
    r"\b(?:uang|duit|dana) (?:sendiri|pribadi)\b|\bnombok|\btop ?up\b|\bown money\b|"
    r"\b(?:lebih (?:mahal|besar|dari|dr|drpd|daripada)|melebihi)\b.{0,25}\bsaldo"
)
"""A price over the balance, or one's own money (not "saldo aku kurang ga?" at a purchase's
confirmation: that one is worked out)."""
_PAY_WITH = re.compile(
    r"\b(?:bayar\w*|membayar|pembayaran\w*)\s+(?:\w+\s+)?(?:pake|pakai|pk|dengan|dgn|dg|lewat|"
    r"via|gimana|gmn|bagaimana)\b|\bmetode (?:bayar|pembayaran)\w*"
    r"|\bpay(?:ment)? (?:with|by|method)\b|\bhow (?:do|can|should) i pay\b"
)
"""How a course is paid for ("bayarnya pake apa", "how do i pay"): with the training balance."""
_OTHER_MATTER = re.compile(r"\b(?:sertifikat\w*|certificates?|insentif\w*|incentives?)\b")
"""Another matter named with no purchase: no buying question, though no topic is left."""
_ASKS = re.compile(
    r"\?|\b(?:apa|apaan|apakah|bisa|bs|boleh|gimana|gmn|ga|gak|gk|nggak|kah|what|is|can|itu)\b"
)
_QUESTION_WORDS = re.compile(
    rf"\b(?:{_COURSE}|beli\w*|membeli\w*|dibeli\w*|pembelian\w*|buy\w*|purchas\w*|bought|"
    r"gmn|gmna|gimn|bgmn|cara\w*|dmn|dmana|where|which|do|does|did|can|could|should|may|we|you|"
    r"it|from|with|using|use|via|lewat|tempat\w*|bs|bsa|boleh|pake|pakai|dipake|dipakai|"
    r"bayar\w*|membayar|pay\w*|platform\w*|prakerja|kartu|card|sekaligus|barengan|bersamaan|"
    r"dua|two|kedua|second|another|next|more|than|one|berikutnya|selanjutnya|ke|lebih|"
    r"beberapa|several|once|same|time|maksimal|maks|max|banyak|many|mahal|expensive|saldo\w*|"
    r"balance|uang|duit|dana|sendiri|pribadi|kurang|cukup|enough|low|too|not|melebihi|besar|"
    r"nambah|tambah\w*|top|up|nombok|gk|ngga|engga|nggak|tdk|tidak|kk|sis|bang|mas|mbak|itu|"
    r"ini|apakah|apaan|ok|oke|trus|terus|trs|emang|memang|bener|benar|beneran|doang|cuma|"
    r"hanya|sama|and|or|atau|dan|situs|website|web|aplikasi|app|apps|kah|dmna|get|allowed|"
    r"masih|msh|still|skrg|sekarang|now|eh|tadi|td|barusan|soal|btw|earlier|before|punya|pny)\b"
)
"""A buying question's own words: what is left without them (and without the search's
filler) is a topic ("cara beli pelatihan desain grafis"); coming back to an earlier answer
("eh tadi yg soal saldo gimana, bisa dipake beli 2 pelatihan ga?") names none."""


def asks_how_to_buy(text: str) -> bool:
    """Whether the whole message asks how or where to buy ("trs cara belinya gmn", "how do I
    buy it?"): no topic to search is left in it."""
    lowered = " ".join(text.lower().split())
    return bool(_BUY.search(lowered) and _HOW.search(lowered)) and _only_buying(lowered)


def over_balance(text: str) -> bool:
    """Whether a message asks about a price over the balance, or topping it up with one's own
    money ("kalo harganya lebih dr saldo aku bisa nambahin pake duit sendiri ga"): it cannot."""
    lowered = " ".join(text.lower().split())
    return bool(_OVER_BALANCE.search(lowered) and _TOP_UP.search(lowered))


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The answer to a question about buying a course, else None."""
    lowered = " ".join((turn.message.text or "").lower().split())
    if turn.message.payload is not None or not lowered or not _only_buying(lowered):
        return None
    if asks_my_courses(lowered) or category_for(lowered) == "fraud":
        return None  # their own courses; "beli pelatihan fiktif" is a fraud
    if _OTHER_MATTER.search(lowered) and not _BUY.search(lowered):
        return None  # "where is the certificate of my second course": the certificate's
    replies = _answer(turn, lowered)
    if replies is not None:
        remember(turn, TOPIC)
    return replies


def _answer(turn: FlowTurn, lowered: str) -> list[Outbound] | None:
    buying = bool(_BUY.search(lowered))
    if _PAY_WITH.search(lowered):  # "bayarnya pake apa": the balance, not the cheapest courses
        return _reply(turn, "kb.paid_with_balance")
    if _OVER_BALANCE.search(lowered):
        return _reply(turn, "kb.course_price_over_balance")
    if (buying and _AT_ONCE.search(lowered)) or (_COUNT.search(lowered) and _limit(lowered)):
        return _reply(turn, "kb.course_buy_one_at_a_time", rest=True)
    if _SECOND.search(lowered) and (buying or _HOW.search(lowered)):
        if turn.ctx.programme.era.rest_days > 0:
            return _reply(turn, "kb.balance_rest")
        return _steps(turn)
    platform = platforms.named(lowered)
    said_before = just_said(turn) == TOPIC
    asked = buying or said_before or bool(platform and platform.plain and _ASKS.search(lowered))
    if platform is not None and asked:  # "tokopedia bisa?"; "shopee?" only about buying
        line = turn.say(f"kb.course_platform_{platform.kind}", platform=platform.name)
        return _steps(turn, first=line)
    if buying and _HOW.search(lowered):
        return _steps(turn)
    return None


def _limit(lowered: str) -> bool:
    """ "maksimal brp pelatihan", "boleh beli berapa kelas": not "ada berapa pelatihan"."""
    return bool(_LIMIT.search(lowered) or _BUY.search(lowered))


def _only_buying(lowered: str) -> bool:
    """No topic is left once the buying question's words are taken out."""
    rest = _QUESTION_WORDS.sub(" ", platforms.WORDS.sub(" ", lowered))
    return not topic_words(rest)


def _steps(turn: FlowTurn, first: str | None = None) -> list[Outbound]:
    """How a course is bought, what it gives, and its deadlines (a line before it, if any)."""
    facts = {**turn.ctx.programme.facts(), **redeem_window(turn)}
    lines = [turn.say("kb.course_buy", platforms=platforms.listed(), **facts)]
    if turn.ctx.programme.era.rest_days > 0:
        lines.append(turn.say("kb.course_buy_rest", **facts))
    return [Outbound("\n".join([*([first] if first else []), *lines]), _buttons(turn))]


def _reply(turn: FlowTurn, key: str, *, rest: bool = False) -> list[Outbound]:
    facts = turn.ctx.programme.facts()
    lines = [turn.say(key, **facts)]
    if rest and turn.ctx.programme.era.rest_days > 0:
        lines.append(turn.say("kb.course_buy_rest", **facts))
    return [Outbound(" ".join(lines), _buttons(turn))]


def _buttons(turn: FlowTurn) -> tuple[Button, ...]:
    return (turn.button("menu.courses", "flow:course_choice"), turn.menu_button())
