"""What a conversation page offers under the transcript: take a waiting chat, reply and hand
back one's own, or, once the chat has ended, say how it ended (and offer nothing: a reply to
an ended chat would only be refused)."""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from html import escape

from crm.staff_time import WIB, StaffZone
from storage.repositories.handoff_feedback import HandoffEnding
from storage.repositories.handoffs import HandoffItem
from storage.repositories.staff import StaffRecord

__all__ = ["actions", "ended"]


def actions(
    item: HandoffItem,
    agent: StaffRecord,
    csrf: str,
    canned: Sequence[str] = (),
    ending: HandoffEnding | None = None,
    zone: StaffZone = WIB,
) -> str:
    action = f"/crm/handoffs/{item.id}"
    if item.state == "closed":
        return ended(item, ending, zone)
    if item.state == "queued":
        return (
            f'<form method="post" action="{action}/take">{_csrf(csrf)}'
            "<button>Ambil alih percakapan</button></form>"
        )
    if item.assignee_id != agent.id:
        return f"<p>Ditangani oleh {escape(item.assignee or '-')}.</p>"
    return (
        f'<form method="post" action="{action}/reply" class="card" id="reply">'
        f"{_csrf(csrf)}{_once()}"
        '<label>Balasan<br><textarea name="text" maxlength="4096" required></textarea>'
        "</label><p><button>Kirim</button></p></form>"
        + _canned(action, csrf, canned)
        + f'<form method="post" action="{action}/release" data-confirm="Serahkan percakapan '
        'ini kembali ke bot? Peserta diberi tahu dan diminta menilai bantuan.">'
        f'{_csrf(csrf)}<button class="secondary">Serahkan kembali ke bot</button></form>'
    )


def ended(item: HandoffItem, ending: HandoffEnding | None, zone: StaffZone = WIB) -> str:
    """The notice of an ended chat: who ended it and when, as far as is known."""
    shown = escape(_ended_text(item, ending, zone))
    return f'<p id="ended" class="card notice" role="status">{shown}</p>'


def _ended_text(item: HandoffItem, ending: HandoffEnding | None, zone: StaffZone) -> str:
    when = f" ({zone.show(ending.at)})" if ending is not None and ending.at is not None else ""
    if ending is None:
        return "Percakapan ini sudah selesai."
    if ending.how == "handed_back":
        return f"Percakapan selesai: diserahkan kembali ke bot oleh {ending.by or '-'}{when}."
    if ending.how == "dropped":
        return f"Percakapan selesai: ditutup tanpa diambil oleh {ending.by or '-'}{when}."
    if not ending.taken:
        return f"Peserta keluar sebelum diambil{when}. Percakapan selesai."
    holder = f" saat ditangani {item.assignee}" if item.assignee else ""
    return f"Peserta keluar{holder}{when}. Percakapan selesai."


def _canned(action: str, csrf: str, titles: Sequence[str]) -> str:
    if not titles:
        return ""
    options = "".join(f'<option value="{i}">{escape(t)}</option>' for i, t in enumerate(titles))
    return (
        f'<form method="post" action="{action}/reply" class="card">{_csrf(csrf)}{_once()}'
        f'<label>Balasan siap pakai <select name="canned">{options}</select></label> '
        "<button>Kirim balasan siap pakai</button></form>"
    )


def _csrf(token: str) -> str:
    return f'<input type="hidden" name="csrf" value="{escape(token)}">'


def _once() -> str:
    """The reply form's one-time token: the same form posted twice is sent once."""
    return f'<input type="hidden" name="once" value="{secrets.token_urlsafe(16)}">'
