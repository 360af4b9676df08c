"""A message that is only markup or code ("<script>alert(1)</script>", "'; DROP TABLE
participants; --", "{{7*7}}"): it asks nothing, so it gets the plain "not understood" and the
menu. Before, the NLU's guesses at its words ("table", "participants") were offered as "did you
mean: Berhenti langganan?"."""

from __future__ import annotations

import re

_CODE_MARKS = re.compile(r"[<>{};=`]|--|\(\s*\w*\s*\)|\$\(")
"""Punctuation that plain chat does not use but markup and code do."""
_CODE = re.compile(
    r"<\s*(script|style)\b.*?<\s*/\s*\1\s*>"  # a script or style element, with its content
    r"|<[^<>]*>"  # any other tag
    r"|\{\{.*?\}\}|\{%.*?%\}|\$\{[^}]*\}"  # template expressions
    r"|\b[a-z_$][\w$]*(?:\.[a-z_$][\w$]*)*\s*\([^()]*\)"  # a call: alert(1), document.write(x)
    r"|\b(?:drop|truncate|alter|create)\s+(?:table|database|schema|view)\s+[\w.`\"]+"
    r"|\bselect\b[^;]*?\bfrom\s+[\w.`\"]+|\binsert\s+into\s+[\w.`\"]+|\bdelete\s+from\s+[\w.`\"]+"
    r"|\bunion\s+(?:all\s+)?select\b|\bupdate\s+[\w.`\"]+\s+set\b"
    r"|\b(?:or|and)\s+['\"]?\w+['\"]?\s*=\s*['\"]?\w+['\"]?"  # ' OR 1=1
    r"|--[^\n]*$|/\*.*?\*/|\b(?:javascript|data|vbscript):",  # comments, script links
    re.IGNORECASE | re.DOTALL | re.MULTILINE,
)
"""Markup and code the message may be made of."""
_LETTER = re.compile(r"[^\W\d_]")


def code_only(text: str) -> bool:
    """Whether ``text`` is markup or code with no word of its own outside them ("<b>mau
    daftar</b>" has words of its own; so has "hapus data saya;"); symbols alone ("<3") are
    left to the emoji and "?" answers."""
    if not _CODE_MARKS.search(text) or not _LETTER.search(text):
        return False  # "<3", ";)": no code
    return not _LETTER.search(_CODE.sub(" ", text))


__all__ = ["code_only"]
