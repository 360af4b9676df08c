"""Readers of the complaint form added in round 20: the bot refused, the complaint held off,
waiting accepted, a story retold, and the kept second complaint's slot name."""

from __future__ import annotations

import pytest

from flows import complaint_order, complaint_second
from flows.complaint_bot_refused import refuses_bot
from flows.complaint_held_off import holds_off
from flows.complaint_relief import accepts_waiting
from flows.complaint_story_more import keep_piece, retells
from flows.runtime.machine import Slots


@pytest.mark.parametrize(
    ("text", "refuses"),
    [
        ("gausah pake bot bot an", True),
        ("gak usah bot2an deh", True),
        ("ga mau sama bot", True),
        ("males ngomong sama robot", True),
        ("i dont want to talk to a bot", True),
        ("kamu bot ga sih", False),
        ("aku ga tau ini bot apa bukan", False),
        ("kamu bot?", False),
    ],
)
def test_the_bot_refused(text: str, refuses: bool) -> None:
    assert refuses_bot(text) is refuses


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("kalo aku ganti no hp dana nya sama aja gmn? ga usah lapor dulu deh", True),
        ("nanti aja lapornya", True),
        ("lapornya nanti aja ya", True),
        ("jangan dilaporin dulu", True),
        ("aku udah lapor dulu tapi ga dibales", False),
        ("udah pernah lapor, ga digubris", False),
        ("aku ga lapor dulu ke bank, langsung ke sini", False),
    ],
)
def test_the_complaint_held_off(text: str, held: bool) -> None:
    assert holds_off(text) is held


@pytest.mark.parametrize(
    ("text", "accepts"),
    [
        ("oh ternyata udah kesambung dana ya. yaudah nunggu aja berarti", True),
        ("oke berarti tinggal nunggu ya", True),
        ("yaudah aku tunggu aja deh", True),
        ("nunggu mulu", False),
        ("sampe kapan nunggu aja", False),
        ("udah nunggu 2 bulan", False),
        ("insentif aku ga masuk2 udah nunggu lama", False),
        ("kata lembaganya tinggal nunggu aja", False),
    ],
)
def test_waiting_accepted(text: str, accepts: bool) -> None:
    assert accepts_waiting(text) is accepts


def test_a_story_replaces_only_when_it_retells() -> None:
    before = "Akun saya diblokir sejak kemarin tanpa pemberitahuan"
    again = "jadi gini kak, akun saya diblokir sejak kemarin setelah saya ganti nomor HP"
    other = "pelatihannya udah selesai tgl 20 nov, lembaganya bilang udah lapor ke prakerja ya"
    assert retells(again, before)
    assert not retells(other, "mau ngadu sertifikat saya ga ada di dashboard")
    assert not retells("akun diblokir", before)


def test_a_piece_after_a_kept_story_is_in_the_story() -> None:
    slots: Slots = {"description": "verifikasi wajah gagal"}
    keep_piece(slots, "story_pieces", "udah 10x gagal terus")
    assert slots["description"] == "verifikasi wajah gagal\nudah 10x gagal terus"
    assert slots["story_pieces"] == ["udah 10x gagal terus"]
    empty: Slots = {}
    keep_piece(empty, "story_pieces", "udah 10x gagal terus")
    assert "description" not in empty


def test_the_kept_complaint_slot_is_complaint_second_s() -> None:
    assert complaint_order.SECOND == complaint_second.SECOND
