"""Names, regions and phrasings for the demo participants and complaint tickets."""

from __future__ import annotations


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


MALE_NAMES: tuple[str, ...] = _words(
    "Agus Budi Dedi Eko Fajar Hendra Irfan Joko Rizky Andi Bayu Dimas Galih Hadi Ilham\n"
    "Reza Yusuf Wahyu Putu Made Teguh Arif Rudi Fikri Aditya\n"
)
FEMALE_NAMES: tuple[str, ...] = _words(
    "Siti Dewi Rina Ayu Fitri Indah Lestari Nur Putri Rahmawati Sri Wulan Yuni Anisa\n"
    "Ratna Kartika Maya Nadia Dian Intan Ketut Novi Sinta Tika Nabila\n"
)
FAMILY_NAMES: tuple[str, ...] = _words(
    "Santoso Wijaya Saputra Hidayat Kurniawan Pratama Setiawan Nugroho Siregar Nasution\n"
    "Harahap Sihombing Lubis Wibowo Susanto Gunawan Permana Firmansyah Ramadhan Hakim\n"
    "Purnomo Halim Tanjung Rahman Sari Utami Lestari Wulandari Anggraini Maharani\n"
)

#: Province + regency codes (first four NIK digits) present in python-stdnum's table.
REGIONS: tuple[tuple[str, str], ...] = (
    ("3171", "Jakarta Selatan"),
    ("3172", "Jakarta Timur"),
    ("3173", "Jakarta Pusat"),
    ("3174", "Jakarta Barat"),
    ("3175", "Jakarta Utara"),
    ("3273", "Bandung"),
    ("3275", "Bekasi"),
    ("3276", "Depok"),
    ("3201", "Bogor"),
    ("3603", "Tangerang"),
    ("3578", "Surabaya"),
    ("3573", "Malang"),
    ("3515", "Sidoarjo"),
    ("3374", "Semarang"),
    ("3372", "Surakarta"),
    ("3471", "Yogyakarta"),
    ("3404", "Sleman"),
    ("5171", "Denpasar"),
    ("1275", "Medan"),
    ("1671", "Palembang"),
    ("1371", "Padang"),
    ("1471", "Pekanbaru"),
    ("2171", "Batam"),
    ("6471", "Balikpapan"),
    ("6171", "Pontianak"),
    ("7371", "Makassar"),
    ("7171", "Manado"),
    ("5271", "Mataram"),
    ("8171", "Ambon"),
    ("1571", "Jambi"),
)

#: Indonesian mobile prefixes (after +62).
MOBILE_PREFIXES: tuple[str, ...] = tuple(
    ["811", "812", "813", "821", "822", "852", "853", "857", "858", "877", "878", "895", "896"]
)

#: Where incentives are paid: (name, first year available).
PAYOUT_CHANNELS: tuple[tuple[str, int], ...] = (
    ("BNI", 2020),
    ("OVO", 2020),
    ("GoPay", 2020),
    ("DANA", 2020),
    ("LinkAja", 2020),
    ("BCA", 2023),
)

#: The common reasons an incentive transfer fails (DOMAIN.md).
FAILURE_REASONS: tuple[str, ...] = (
    "Nama atau NIK pemilik akun tidak sesuai dengan data peserta",
    "Akun e-wallet belum di-upgrade (belum KYC/premium)",
    "Nomor HP akun e-wallet sudah berganti",
    "Rekening atau akun e-wallet tidak aktif",
)
BANKS = frozenset({"BNI", "BCA"})
E_WALLET_ONLY = frozenset(FAILURE_REASONS[1:3])  # an upgrade or a phone number: not for a bank


def failure_reasons(channel: str) -> tuple[str, ...]:
    """The reasons that can happen on ``channel``."""
    if channel not in BANKS:
        return FAILURE_REASONS
    return tuple(reason for reason in FAILURE_REASONS if reason not in E_WALLET_ONLY)


#: Complaint categories (most frequent first, DOMAIN.md) with sample descriptions.
COMPLAINTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "incentive",
        (
            "Insentif pertama belum masuk padahal sudah lebih dari 7x24 jam.",
            "Status insentif Gagal, saya harus bagaimana?",
        ),
    ),
    (
        "certificate",
        ("Sertifikat pelatihan belum muncul di dashboard padahal kelas sudah selesai.",),
    ),
    (
        "not_selected",
        ("Sudah ikut beberapa gelombang tapi tidak pernah lolos, tidak ada alasannya.",),
    ),
    (
        "nik",
        (
            "NIK saya dibilang sudah terdaftar padahal belum pernah daftar.",
            "Data NIK dan KK tidak sesuai saat verifikasi.",
        ),
    ),
    ("ktp_face", ("Foto KTP selalu gagal diverifikasi, verifikasi wajah juga gagal.",)),
    ("otp_login", ("Kode OTP tidak pernah masuk ke email saya.",)),
    ("payout_link", ("Tidak bisa menghubungkan akun e-wallet ke akun Prakerja.",)),
    ("account_blocked", ("Akun saya diblokir tanpa pemberitahuan.",)),
    ("account_recovery", ("Lupa email yang dipakai untuk daftar, nomor HP juga sudah ganti.",)),
    ("provider", ("Lembaga pelatihan membatalkan jadwal webinar tanpa kabar.",)),
    ("purchase_redeem", ("Kode redeem tidak bisa dipakai saat kelas dimulai.",)),
    ("revoked", ("Kepesertaan dicabut karena terlambat membeli pelatihan pertama.",)),
    ("fraud", ("Ada yang menawarkan jasa pencairan saldo pelatihan, apakah resmi?",)),
)
