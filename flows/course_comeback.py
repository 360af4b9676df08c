"""Coming back to the course search after something else: "lanjut cari pelatihan yg td" at one
of its questions keeps the topic and asks the question again (before: a search for "lanjut
tadi", whose results were courses "Tingkat Lanjut"); "back to the courses" or "balik ke
pelatihan yg tadi" after the results shows the results last seen (before: the search's last
question again)."""

from __future__ import annotations

import re

_BACK = (
    r"(?:lanjut\w*|terus\w*|balik\w*(?: lagi)?(?: ke)?|kembali(?: lagi)?(?: ke)?|"
    r"back to|go back to|return to|continue(?: with)?)"
)
_SEARCH = (
    r"(?:(?:cari|nyari|carikan|search\w*|searching|liat|lihat)\s+)?(?:the\s+|my\s+)?"
    r"(?:pelatihan\w*|plthn|kursus\w*|kelas\w*|courses?|trainings?|results?|hasil\w*|"
    r"daftar pelatihan\w*|(?<=ke )daftar|list|search|pencarian\w*)"
    r"(?:\s+(?:pencarian\w*|pelatihan\w*|search))?"
)
_EARLIER = r"(?:(?:yg|yang)\s+)?(?:td|tadi|sebelumnya|before|earlier|from before)"
_FILLERS = r"(?:\s+(?:aja|saja|dong|ya|deh|kak|min|please|pls|lagi|lg))*"
COMEBACK = re.compile(
    rf"^(?:(?:eh|ok|oke|okay|sip|yaudah|ya udah|udah|udh|so|now|ok now)\W+)*{_BACK}\s+"
    rf"(?:{_SEARCH}(?:\s+{_EARLIER})?|{_EARLIER}){_FILLERS}\W*$"
)
"""The whole message asks to go back to the search ("lanjut cari pelatihan yg td", "balik ke
kursus tadi", "balik ke daftar tadi", "back to the list"; "lanjut daftar tadi" is the
registration's); "lanjut" alone pages on, and "pelatihan lanjut" is a topic."""


def comes_back(text: str | None) -> bool:
    """The message asks to go back to the course search (``COMEBACK``)."""
    lowered = " ".join((text or "").lower().split())
    return bool(lowered) and bool(COMEBACK.fullmatch(lowered))
