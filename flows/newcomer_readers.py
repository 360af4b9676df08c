"""The newcomer readers ``flows.route_readers`` tries outside a flow: questions a newcomer asks
beside the eligibility check (p23 probe), each in its own module."""

from __future__ import annotations

from flows import newcomer_aid, newcomer_face, newcomer_id_photos, newcomer_jobs, newcomer_signup
from flows.readers import Reader

NEWCOMERS_FIRST: tuple[Reader, ...] = (
    newcomer_face.answer,  # "verifikasi wajah gagal terus, udah ganti hp jg" (read as the
    # phone), "harus lepas jilbab?": the face check's fix and tip, not the phone change
    newcomer_signup.answer,  # "bisa daftar di kantor desa?", "alamat ktp beda sama domisili"
    newcomer_id_photos.answer,  # "dia minta foto ktp sama kk": never send them
)
"""Read among the topical readers, before an account problem is taken from "ganti hp"."""

NEWCOMERS_LAST: tuple[Reader, ...] = (
    newcomer_aid.answer,  # "apa krn saya dapet pkh?", "cuma dapat sembako": no matter now
    newcomer_jobs.answer,  # "kena PHK, bisa dapat prakerja?", "aku cuma buruh tani": the check
)
"""Read late, once no other reader took the message (they were misses or out of scope)."""

__all__ = ["NEWCOMERS_FIRST", "NEWCOMERS_LAST"]
