"""How the console names the assistant's internal codes for staff (Indonesian): handoff
reasons, queues, flows, intents, slots, button payloads and campaign statuses. An unknown
code is shown readable, never as a bare payload."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flows.responses import has, text

REASONS = {
    "asked": "Peserta minta petugas",
    "menu": "Dipilih dari menu (Bicara dengan petugas)",
}
QUEUES = {"general": "Umum"}
INTERNAL_SLOTS = frozenset({"nik_checked", "region_code", "otp"})
"""Slots the flows keep for themselves (besides every slot starting with ``_``)."""
SLOTS = {
    "consent": "Persetujuan",
    "name": "Nama",
    "nik": "NIK",
    "kk": "No. KK",
    "dob": "Tanggal lahir",
    "phone": "No. HP",
    "email": "Email",
    "region": "Wilayah",
    "gender": "Jenis kelamin",
    "category": "Kategori",
    "description": "Uraian",
}
VALUES = {"yes": "ya", "no": "tidak", "true": "ya", "false": "tidak"}
PAYLOADS = {
    "start": "Mulai",
    "menu": "Menu",
    "ctl:yes": "Ya",
    "ctl:no": "Tidak",
    "opt:yes": "Ya",
    "opt:no": "Tidak",
    "ctl:cancel": "Batal",
    "ctl:back": "Kembali",
    "ctl:human": "Bicara dengan petugas",
    "ctl:retry": "Coba lagi",
    "handoff:stop": "Selesai dengan petugas",
}
STEPS = {
    "consent": "persetujuan", "declined": "tidak setuju", "name": "nama", "nik": "NIK",
    "check_nik": "cek NIK", "nik_taken": "NIK sudah terdaftar", "kk": "nomor KK",
    "dob": "tanggal lahir", "too_young": "belum cukup umur", "too_old": "melewati batas umur",
    "phone": "nomor HP", "send_otp": "kirim kode OTP", "otp": "kode OTP",
    "otp_blocked": "batas kirim OTP", "check_phone": "cek nomor HP", "email": "email",
    "check_email": "cek email", "region": "wilayah", "region_fix": "ubah wilayah",
    "summary": "ringkasan", "edit": "ubah data", "create": "simpan", "done": "selesai",
    "confirm": "konfirmasi", "filed": "pengaduan tercatat", "description": "uraian",
    "category": "kategori", "age": "umur", "citizen": "kewarganegaraan", "school": "sekolah",
    "occupation": "pekerjaan", "previous": "penerima sebelumnya", "verdict": "hasil cek",
    "eligible": "memenuhi syarat", "not_eligible": "belum memenuhi syarat",
    "course_choice": "pilih pelatihan", "details": "data tiket", "sent": "terkirim",
}  # fmt: skip
"""Flow states (the same name means the same in every flow) as staff read them."""
CHANNELS = {"webchat": "Web chat", "telegram": "Telegram", "whatsapp": "WhatsApp"}
LANGUAGES = {"id": "Bahasa Indonesia", "en": "Bahasa Inggris"}
CAMPAIGN_STATUSES = {
    "draft": "Draf",
    "scheduled": "Terjadwal",
    "running": "Sedang dikirim",
    "completed": "Selesai",
    "cancelled": "Dibatalkan",
}
DELIVERY_STATUSES = {
    "pending": "menunggu",
    "sent": "terkirim",
    "delivered": "sampai",
    "read": "dibaca",
    "failed": "gagal",
    "skipped": "dilewati",
}


def _response(key: str) -> str | None:
    return text("id", key) if has(key) else None


def flow(name: str | None) -> str:
    if not name:
        return "-"
    return _response(f"flow_names.{name}") or name.replace("_", " ")


def intent(name: str) -> str:
    return _response(f"intents.{name}") or name.replace("_", " ")


def queue(name: str) -> str:
    shown = QUEUES.get(name) or flow(name)
    return shown[:1].upper() + shown[1:]


def step(name: str | None) -> str:
    return _step_of(name) if name else "-"


def _step_of(name: str) -> str:
    return STEPS.get(name) or name.replace("_", " ")


def reason(code: str) -> str:
    """``asked``, ``menu``, or ``<flow>.<step>`` (a person asked for in the middle of a flow)."""
    if code in REASONS:
        return REASONS[code]
    name, _, step = code.partition(".")
    if step:
        return f"Minta petugas saat {flow(name)} (langkah: {_step_of(step)})"
    return code.replace("_", " ")


def slots(values: Mapping[str, Any]) -> str:
    shown = [
        f"{SLOTS.get(name, name.replace('_', ' '))}: {VALUES.get(str(value), value)}"
        for name, value in values.items()
        if not name.startswith("_") and name not in INTERNAL_SLOTS
    ]
    return ", ".join(shown) or "-"


def payload(code: str) -> str:
    """What a tapped button said, when its title is no longer known."""
    if code in PAYLOADS:
        return PAYLOADS[code]
    kind, _, rest = code.partition(":")
    if kind == "csat":
        score = rest.rpartition(":")[2]
        return f"Penilaian {score} dari 5" if score.isdigit() else "Penilaian"
    if kind == "intent":
        return intent(rest)
    if kind == "flow":
        return flow(rest)
    if kind == "opt":
        return f"Pilihan: {rest.replace('_', ' ')}"
    return "(memilih tombol)"


def channel(code: str) -> str:
    return CHANNELS.get(code, code)


def language(code: str | None) -> str:
    return LANGUAGES.get(code or "", code or "-")


def campaign_status(code: str) -> str:
    return CAMPAIGN_STATUSES.get(code, code)


def delivery_status(code: str) -> str:
    return DELIVERY_STATUSES.get(code, code)


def participant_status(code: str) -> str:
    return _response(f"status_name.{code}") or code
