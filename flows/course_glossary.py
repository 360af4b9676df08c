"""English course words in the catalogue's Indonesian: "sewing" finds "Menjahit Pakaian Dasar",
and "excel" (or its usual misspellings, "ekcel", "exel") the spreadsheet courses.

Written for this project from the demo catalogue's categories and titles; a real catalogue's
team extends it. A phrase is replaced as a whole before its words ("graphic design" before
"design"); words the catalogue already writes in English (barista, digital marketing, public
speaking, make up) need no entry."""

from __future__ import annotations

import re

GLOSSARY: dict[str, str] = {
    # sewing and fashion
    "sewing": "menjahit", "tailoring": "menjahit", "dressmaking": "menjahit",
    "pattern making": "pola", "fashion": "busana", "screen printing": "sablon",
    "knitting": "merajut", "crochet": "merajut", "alterations": "permak",
    # food
    "cooking": "masakan", "culinary": "kuliner", "baking": "roti", "bakery": "roti",
    "bread": "roti", "cake": "kue", "cakes": "kue", "cookies": "kue",
    "coffee": "kopi", "catering": "katering", "drinks": "minuman", "beverages": "minuman",
    "food safety": "keamanan pangan",
    # beauty
    "beauty": "kecantikan", "makeup": "make up", "bridal": "pengantin", "hair": "rambut",
    "haircut": "rambut", "hairdressing": "rambut", "barber": "rambut", "nails": "kuku",
    "nail": "kuku", "skincare": "kulit", "skin care": "kulit", "facial": "kulit wajah",
    "massage": "pijat",
    # technology
    "programming": "pemrograman", "coding": "pemrograman", "web design": "website",
    "web development": "website", "app": "aplikasi",
    "apps": "aplikasi", "mobile app": "aplikasi", "data analysis": "analisis data",
    "networking": "jaringan", "computer network": "jaringan", "cyber security": "keamanan siber",
    "cybersecurity": "keamanan siber", "database": "basis data", "computer repair": "komputer",
    "excel": "spreadsheet", "ms excel": "spreadsheet", "microsoft excel": "spreadsheet",
    "google sheets": "spreadsheet", "spreadsheets": "spreadsheet",
    "ekcel": "spreadsheet", "eksel": "spreadsheet", "exel": "spreadsheet",
    "excell": "spreadsheet", "exsel": "spreadsheet", "ekcell": "spreadsheet",
    # marketing and business
    "online selling": "jualan online", "selling online": "jualan online",
    "e-commerce": "marketplace", "ecommerce": "marketplace", "social media": "media sosial",
    "advertising": "iklan", "ads": "iklan", "sales": "penjualan", "selling": "penjualan",
    "branding": "merek", "product photography": "fotografi produk",
    "business": "usaha", "entrepreneurship": "usaha", "business plan": "rencana bisnis",
    "export": "ekspor", "negotiation": "negosiasi", "inventory": "stok",
    "warehouse": "gudang", "business license": "perizinan",
    # finance and office
    "bookkeeping": "pembukuan", "accounting": "akuntansi", "tax": "pajak", "taxes": "pajak",
    "personal finance": "keuangan pribadi", "finance": "keuangan",
    "financial statements": "laporan keuangan", "office administration": "administrasi",
    "filing": "arsip",
    # languages
    "english": "bahasa inggris", "japanese": "bahasa jepang", "korean": "bahasa korea",
    "chinese": "mandarin", "arabic": "bahasa arab", "german": "bahasa jerman",
    # design and media
    "graphic design": "desain grafis", "design": "desain", "video editing": "editing video",
    "illustration": "ilustrasi", "animation": "animasi", "photography": "fotografi",
    # trades
    "automotive": "otomotif", "motorcycle": "sepeda motor", "motorbike": "sepeda motor",
    "car": "mobil", "cars": "mobil", "electrical": "kelistrikan", "electrician": "kelistrikan",
    "air conditioning": "ac", "welding": "pengelasan", "welder": "pengelasan",
    "phone repair": "servis ponsel", "solar panel": "panel surya",
    "solar panels": "panel surya", "heavy equipment": "alat berat",
    # farming
    "hydroponics": "hidroponik", "hydroponic": "hidroponik", "fish farming": "ikan",
    "aquaculture": "ikan", "catfish": "lele", "poultry": "ayam", "chicken": "ayam",
    "mushroom": "jamur", "mushrooms": "jamur", "organic farming": "pertanian organik",
    "farming": "pertanian", "agriculture": "pertanian", "gardening": "tanaman",
    "plants": "tanaman", "compost": "kompos",
    # tourism and hospitality
    "tour guide": "pemandu wisata", "tourism": "wisata", "hospitality": "hotel",
    "waiter": "restoran",
    "restaurant": "restoran", "travel agent": "perjalanan wisata",
    "customer service": "pelanggan",
    # health and care
    "caregiver": "lansia", "elderly care": "lansia", "babysitter": "baby sitter",
    "babysitting": "baby sitter", "childcare": "pengasuh anak", "fitness": "kebugaran",
    "first aid": "pertolongan pertama", "occupational safety": "k3", "nutrition": "gizi",
    "reflexology": "refleksi", "pharmacy": "apoteker",
    # careers
    "job interview": "wawancara kerja", "interview": "wawancara", "resume": "cv",
    "cover letter": "surat lamaran", "communication": "komunikasi",
    "time management": "manajemen waktu", "leadership": "kepemimpinan",
    "remote work": "kerja jarak jauh",
}  # fmt: skip

_PHRASES = re.compile(
    r"\b(?:" + "|".join(re.escape(k) for k in sorted(GLOSSARY, key=len, reverse=True)) + r")\b"
)


def in_catalogue_words(text: str) -> str:
    """``text`` (lower case) with the English course words it holds in Indonesian."""
    return _PHRASES.sub(lambda found: GLOSSARY[found.group(0)], text)
