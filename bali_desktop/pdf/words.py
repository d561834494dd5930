"""Every fixed word the printed sheets print, in English and Bahasa Indonesia: one table.

The sheet's language is `PrintOptions.lang` ("en" or "id"; `export --lang`, the window passes
its own). Content (pathway steps, titles) comes translated, or in English, from the reading
services; official text is never translated. These are only the sheet's own words: headings,
labels, footers, tick-box legends and the words of a go-to.

Terms follow ../shared/GLOSSARY-id.md: rujukan (referral), anak tanpa pendamping, pencari
suaka, pengungsi; "Bali Process" stays in English. The Indonesian here is ours, not yet checked
by a native speaker (`ID_STATUS`), and says so on every Indonesian sheet.
"""

from __future__ import annotations

# an item's locator on a sheet, said as the window says it (one table for both)
from bali_desktop.domain.locator_words import LOCATOR_WORDS_ID as LOCATOR_WORDS_ID
from bali_desktop.domain.locator_words import where as where
from bali_desktop.domain.tracker import STATUS_WORDS_ID, Status

LANGS = ("en", "id")
ID_STATUS = "not yet checked by a native speaker"

WORDS: dict[str, dict[str, str]] = {
    "case_reference": {"en": "Case reference", "id": "Nomor referensi kasus"},
    "review_reference": {"en": "Review reference", "id": "Nomor referensi tinjauan"},
    "date": {"en": "Date", "id": "Tanggal"},
    "date_time": {"en": "Date, time:", "id": "Tanggal, jam:"},
    "no_names": {
        "en": "Write no names on this sheet: use the {label} only.",
        "id": "Jangan menulis nama pada lembar ini: gunakan {label} saja.",
    },
    "page_of": {"en": "Page {n} of {total}", "id": "Halaman {n} dari {total}"},
    "footer": {
        "en": "Bali Desktop · content version {version} · printed {printed}",
        "id": "Bali Desktop · versi konten {version} · dicetak {printed}",
    },
    "guidance_label": {
        "en": "Guidance — not official Bali Process text",
        "id": "Panduan — bukan teks resmi Bali Process",
    },
    "official_note": {
        "en": "Lines marked “Official text” quote their source word for word.",
        "id": "Baris bertanda “Teks resmi” mengutip sumbernya kata demi kata (dalam bahasa Inggris).",
    },
    "official_text": {"en": "Official text", "id": "Teks resmi"},
    "when": {"en": "when", "id": "kapan"},
    "continued": {"en": "{title} (continued)", "id": "{title} (lanjutan)"},
    "say": {"en": "Say (our guidance, read aloud):", "id": "Ucapkan (panduan kami, dibacakan):"},
    "decide": {"en": "Decide:", "id": "Putuskan:"},
    # an answer that leads to a step of this sheet (issue 14 point 4); the flow chart is terser
    "go_to": {"en": "continue here at step {n}", "id": "lanjutkan di sini pada langkah {n}"},
    "chart_go_to": {"en": "go to {n}", "id": "ke {n}"},
    "chart_next": {"en": "Next: {title}", "id": "Berikutnya: {title}"},
    "chart_end": {"en": "End of the pathway", "id": "Akhir jalur"},
    "no_items": {"en": "(No items yet.)", "id": "(Belum ada butir.)"},
    "based_on": {"en": "Based on:", "id": "Berdasarkan:"},
    # a guide's, a member's and a group's section of a handout pack (the window says the same)
    "year": {"en": "Year", "id": "Tahun"},
    "year_not_confirmed": {"en": "not confirmed", "id": "belum dipastikan"},
    "produced_by": {"en": "Produced by", "id": "Disusun oleh"},
    "for": {"en": "For", "id": "Untuk"},
    "purpose": {"en": "Purpose", "id": "Kegunaan"},
    "key_points": {"en": "Key points (our summary)", "id": "Pokok-pokok (ringkasan kami)"},
    "facts_source": {"en": "Source of these facts:", "id": "Sumber fakta-fakta ini:"},
    "pathways": {"en": "Pathways", "id": "Jalur rujukan"},
    "strategy_activities": {"en": "Adelaide Strategy activities", "id": "Kegiatan Strategi Adelaide"},
    "groups": {"en": "Groups", "id": "Kelompok"},
    "members": {"en": "Members", "id": "Anggota"},
    "established": {"en": "Established:", "id": "Dibentuk:"},
    # a member's or observer's subtitle in a handout pack ("Bali Process" stays in English)
    "member_government": {
        "en": "Member government of the Bali Process",
        "id": "Pemerintah anggota Bali Process",
    },
    "member_organisation": {
        "en": "Member organisation of the Bali Process",
        "id": "Organisasi anggota Bali Process",
    },
    "observer_government": {
        "en": "Observer government of the Bali Process",
        "id": "Pemerintah peninjau Bali Process",
    },
    "observer_organisation": {
        "en": "Observer organisation of the Bali Process",
        "id": "Organisasi peninjau Bali Process",
    },
    "checklist_type": {"en": "Checklist type", "id": "Jenis daftar periksa"},
    "contacts": {"en": "Local referral contacts", "id": "Kontak rujukan setempat"},
    # an A5 card's contacts box, after its writing rows: the other roles, by name
    "contacts_also": {"en": "Also (write them on the full sheet):", "id": "Juga (tulis di lembar lengkap):"},
    "refer_to": {"en": "Refer to", "id": "Rujuk ke"},
    "organisation_hours": {"en": "Organisation, hours", "id": "Lembaga, jam layanan"},
    "phone": {"en": "Phone", "id": "Telepon"},
    "organisation_phone": {"en": "Organisation, phone", "id": "Lembaga, telepon"},
    "never": {"en": "Never", "id": "Jangan pernah"},
    "signs": {"en": "Signs to look for", "id": "Tanda-tanda yang perlu diperhatikan"},
    "write_here": {"en": "Write here:", "id": "Tulis di sini:"},
    "counter_card": {"en": "Counter card", "id": "Kartu loket"},
    "card_subject": {"en": "Counter card", "id": "Kartu loket"},
    "card_numbers": {
        "en": "The critical steps only, with the full sheet's step numbers; the rest is on the full sheet.",
        "id": "Hanya langkah-langkah penting, dengan nomor langkah lembar lengkap; selebihnya ada di "
        "lembar lengkap.",
    },
    "pocket_numbers": {
        "en": "The critical steps in short; “Yes → 6”: go on at step 6. The numbers are the full "
        "sheet's, which carries the rest.",
        "id": "Langkah-langkah penting secara singkat; “Ya → 6”: lanjutkan di langkah 6. Nomornya "
        "nomor lembar lengkap, yang memuat selebihnya.",
    },
    "pocket_tight": {
        "en": "The critical steps in short; “Yes → 6”: go on at step 6 of the full sheet.",
        "id": "Langkah-langkah penting secara singkat; “Ya → 6”: lanjutkan di langkah 6 lembar lengkap.",
    },
    # an answer on the A5 pocket card, where the full sheet says "continue here at step N"
    "pocket_go_to": {"en": "{n}", "id": "{n}"},
    "card_never_left_off": {
        "en": "The “Never” list is on the full sheet.",
        "id": "Daftar “Jangan pernah” ada di lembar lengkap.",
    },
    "read_do": {
        "en": "Read each item, then do it, in order.",
        "id": "Baca setiap butir, lalu kerjakan, berurutan.",
    },
    "do_confirm": {
        "en": "Do the work from memory, then stop and confirm each item.",
        "id": "Kerjakan dari ingatan, lalu berhenti dan pastikan setiap butir.",
    },
    "progress_review": {"en": "Progress review", "id": "Tinjauan kemajuan"},
    "review_purpose": {
        "en": "Record what your country has done on each activity of this area of cooperation: its "
        "status, the lead agency, the evidence, and the next step.",
        "id": "Catat apa yang telah dilakukan negara Anda pada setiap kegiatan bidang kerja sama ini: "
        "statusnya, lembaga utama, buktinya, dan langkah berikutnya.",
    },
    "review_note": {
        "en": "The activities are official text, quoted word for word with their source.",
        "id": "Kegiatan-kegiatan ini adalah teks resmi, dikutip kata demi kata (dalam bahasa Inggris) "
        "dengan sumbernya.",
    },
    "status": {"en": "Status", "id": "Status"},
    "lead_agency": {"en": "Lead agency", "id": "Lembaga utama"},
    "evidence": {"en": "Evidence", "id": "Bukti"},
    "next_step": {"en": "Next step", "id": "Langkah berikutnya"},
    "checklist": {"en": "Checklist", "id": "Daftar periksa"},
    "flow_chart": {"en": "Flow chart", "id": "Diagram alur"},
    "flow_chart_note": {
        "en": "Numbers match the checklist and the pathway's steps on screen.",
        "id": "Nomor sesuai dengan daftar periksa dan langkah jalur di layar.",
    },
    "activities_served": {
        "en": "Adelaide Strategy activities this pathway serves",
        "id": "Kegiatan Strategi Adelaide yang didukung jalur ini",
    },
    "related_guides": {
        "en": "Related guides (see their sections in Bali Desktop)",
        "id": "Panduan terkait (lihat bagiannya di Bali Desktop)",
    },
    "question": {"en": "Question", "id": "Pertanyaan"},
    "smuggling": {"en": "Smuggling", "id": "Penyelundupan migran"},
    "trafficking": {"en": "Trafficking", "id": "Perdagangan orang"},
    "remember": {"en": "Remember", "id": "Ingat"},
    "activities": {"en": "Activities", "id": "Kegiatan"},
    "guides_for_area": {
        "en": "Guides and tool kits for this area",
        "id": "Panduan dan perangkat untuk bidang ini",
    },
    "pathways_for_area": {
        "en": "Referral pathways that serve this area",
        "id": "Jalur rujukan yang mendukung bidang ini",
    },
    "contents": {"en": "Contents", "id": "Daftar isi"},
    "pack_note": {
        "en": "Official Bali Process text is quoted word for word with its source; "
        "all other text is guidance — not official Bali Process text.",
        "id": "Teks resmi Bali Process dikutip kata demi kata (dalam bahasa Inggris) dengan sumbernya; "
        "semua teks lain adalah panduan — bukan teks resmi Bali Process.",
    },
    "pack_holds": {
        "en": "This pack holds {n} sections: {titles}.",
        "id": "Paket ini berisi {n} bagian: {titles}.",
    },
    "pack_holds_one": {
        "en": "This pack holds 1 section: {titles}.",
        "id": "Paket ini berisi 1 bagian: {titles}.",
    },
    "pack_types": {
        "en": "Checklists say their type. <b>READ-DO</b>: read each item, then do it. "
        "<b>DO-CONFIRM</b>: do the work, then stop and confirm each item. "
        "Write no names on them: use a case reference.",
        "id": "Setiap daftar periksa menyebutkan jenisnya. <b>READ-DO</b>: baca setiap butir, lalu "
        "kerjakan. <b>DO-CONFIRM</b>: kerjakan pekerjaannya, lalu berhenti dan pastikan setiap butir. "
        "Jangan menulis nama pada lembar-lembar ini: gunakan nomor referensi kasus.",
    },
    "pack_made": {
        "en": "Made with Bali Desktop, content version {version}, printed {printed}.",
        "id": "Dibuat dengan Bali Desktop, versi konten {version}, dicetak {printed}.",
    },
    "handout": {"en": "Handout: {title}", "id": "Bahan ajar: {title}"},
    "handout_pack": {"en": "Handout pack", "id": "Paket bahan ajar"},
    "translation_note": {
        "en": "",
        "id": "Terjemahan bahasa Indonesia: belum diperiksa oleh penutur asli.",
    },
}

_TYPE_KEYS = {"READ-DO": "read_do", "DO-CONFIRM": "do_confirm"}


def lang_of(lang: str | None) -> str:
    return lang if lang in LANGS else "en"


def word(key: str, lang: str | None = "en", **values: object) -> str:
    """The fixed word `key` in `lang` (English where there is no translation)."""
    entry = WORDS[key]
    text = entry.get(lang_of(lang)) or entry["en"]
    return text.format(**values) if values else text


def type_help(kind: str, lang: str | None = "en") -> str:
    key = _TYPE_KEYS.get(kind)
    return word(key, lang) if key else ""


_REMINDERS = {"Never": "never", "Signs to look for": "signs"}


def reminder_title(title: str, lang: str | None = "en") -> str:
    """A reminder box's title: the builders' own ones ("Never") in the sheet's language."""
    key = _REMINDERS.get(title)
    return word(key, lang) if key else title


def status_word(status: Status, lang: str | None = "en") -> str:
    """A status to tick on a progress-review sheet, in the tracker's own words (domain/tracker.py):
    "In progress", "Sedang berjalan"."""
    said = STATUS_WORDS_ID[status] if lang_of(lang) == "id" else status.words
    return said[:1].upper() + said[1:]
