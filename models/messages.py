"""The one message catalog for user-facing sentences, in Indonesian and English.

Errors, recency verdicts and report labels carry a message key and parameters; the text is
rendered here, at the edge, in the language the user asked for (Indonesian by default).
"""

from __future__ import annotations

import datetime as dt
import enum
import logging
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

log = logging.getLogger(__name__)


class Language(str, enum.Enum):
    """Languages in which Bukti writes user-facing text."""

    ID = "id"
    EN = "en"


class Message(BaseModel):
    """A user-facing sentence kept as a key and parameters until it is rendered."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    key: str = Field(description="Key into the message catalog, e.g. 'document.corrupt'.")
    params: dict[str, str | int | float | Message] = Field(
        default_factory=dict,
        description="Values substituted into the sentence; a nested message is rendered first.",
    )

    def render(self, language: Language = Language.ID) -> str:
        """Return the sentence in ``language``."""
        return render(self.key, self.params, language)


# Each entry: key -> (Indonesian, English). Placeholders use str.format names.
MESSAGES: dict[str, tuple[str, str]] = {
    # Document-level problems (one sentence each, shown in every report).
    "document.unreadable": (
        "Berkas tidak dapat dibaca.",
        "The file cannot be read.",
    ),
    "document.corrupt": (
        "Berkas rusak atau terpotong sehingga tidak dapat dibuka ({detail}).",
        "The file is damaged or truncated and cannot be opened ({detail}).",
    ),
    "document.encrypted": (
        "Berkas dilindungi kata sandi sehingga isinya tidak dapat dibaca.",
        "The file is password-protected, so its content cannot be read.",
    ),
    "document.empty": (
        "Berkas kosong (0 bita).",
        "The file is empty (0 bytes).",
    ),
    "document.no_text": (
        "Berkas tidak memiliki lapisan teks (hasil pindai atau foto) dan belum dapat dibaca tanpa OCR.",
        "The file has no text layer (a scan or photo) and cannot be read without OCR.",
    ),
    "document.unsupported": (
        "Jenis berkas {kind} tidak didukung; simpan sebagai PDF atau DOCX.",
        "File type {kind} is not supported; save it as PDF or DOCX.",
    ),
    "document.legacy_office": (
        "Berkas {kind} format lama tidak didukung; simpan ulang sebagai DOCX atau PDF.",
        "Legacy {kind} files are not supported; save it again as DOCX or PDF.",
    ),
    "document.ocr_no_text": (
        "Berkas adalah hasil pindai atau foto, tetapi OCR tidak menemukan teks di dalamnya.",
        "The file is a scan or photo, but OCR found no text in it.",
    ),
    "document.ocr_unavailable": (
        "Berkas hasil pindai atau foto tidak dapat dibaca karena mesin OCR {what} tidak "
        "terpasang (paket Debian: {packages}).",
        "The scan or photo cannot be read because the OCR engine {what} is not installed "
        "(Debian packages: {packages}).",
    ),
    "document.ocr_failed": (
        "Mesin OCR gagal membaca gambar halaman berkas ini ({detail}).",
        "The OCR engine failed to read this file's page images ({detail}).",
    ),
    "document.ocr_low_confidence": (
        "Teks hasil OCR kurang meyakinkan (keyakinan OCR {ocr_confidence}); jenis dokumen "
        "(paling mirip: {best}) perlu diperiksa manual.",
        "The OCR text is unreliable (OCR confidence {ocr_confidence}); the document type "
        "(closest: {best}) needs a manual check.",
    ),
    "warning.ocr_unavailable": (
        "Peringatan: mesin OCR {what} tidak terpasang, berkas hasil pindai dan foto akan "
        "dilaporkan tidak terbaca; pasang paket Debian {packages}.",
        "Warning: the OCR engine {what} is not installed, so scans and photos will be "
        "reported unreadable; install the Debian packages {packages}.",
    ),
    "document.timeout": (
        "Pembacaan berkas melebihi batas waktu {seconds} detik.",
        "Reading the file took longer than the {seconds}-second limit.",
    ),
    "document.access_denied": (
        "Berkas tidak dapat dibuka karena hak akses ditolak.",
        "The file cannot be opened because access was denied.",
    ),
    "document.vanished": (
        "Berkas hilang atau dipindahkan selama pemindaian berlangsung.",
        "The file disappeared or was moved while the scan was running.",
    ),
    "document.read_failed": (
        "Penyimpanan mengembalikan galat saat berkas dibaca ({detail}).",
        "The storage returned an error while the file was read ({detail}).",
    ),
    "document.too_large": (
        "Berkas berukuran {size} melebihi batas {limit} sehingga tidak dibuka.",
        "The file is {size}, over the {limit} limit, so it was not opened.",
    ),
    "document.too_many_pages": (
        "Dokumen memiliki {pages} halaman, melebihi batas {limit} halaman, sehingga tidak dibaca.",
        "The document has {pages} pages, over the {limit}-page limit, so it was not read.",
    ),
    "document.zip_bomb": (
        "Paket DOCX mengembang menjadi {size} saat dibuka, melebihi batas {limit} (kemungkinan bom "
        "zip), sehingga tidak dibaca.",
        "The DOCX package unpacks to {size}, over the {limit} limit (likely a zip bomb), so it was not read.",
    ),
    "document.image_too_large": (
        "Gambar berukuran {pixels} megapiksel melebihi batas {limit} megapiksel sehingga tidak dibaca.",
        "The image has {pixels} megapixels, over the {limit}-megapixel limit, so it was not read.",
    ),
    "document.memory_limit": (
        "Pembacaan berkas memerlukan memori melebihi batas {limit} sehingga dihentikan.",
        "Reading the file needed more than the {limit} memory limit, so it was stopped.",
    ),
    "document.reader_crashed": (
        "Pembaca berkas gagal secara tak terduga pada berkas ini ({detail}).",
        "The file reader failed unexpectedly on this file ({detail}).",
    ),
    "document.not_regular": (
        "Ini bukan berkas biasa ({kind}) sehingga tidak dibuka.",
        "This is not a regular file ({kind}), so it was not opened.",
    ),
    "document.link_inside": (
        "Ini tautan simbolik ke '{target}' di dalam folder bukti; tautan tidak diikuti karena "
        "tujuannya diperiksa tersendiri.",
        "This is a symbolic link to '{target}' inside the evidence folder; it is not followed "
        "because its target is checked on its own.",
    ),
    "document.link_outside": (
        "Ini tautan simbolik ke luar folder bukti sehingga tidak dibuka.",
        "This is a symbolic link leaving the evidence folder, so it was not opened.",
    ),
    "document.link_broken": (
        "Ini tautan simbolik yang rusak atau berputar sehingga tidak dibuka.",
        "This is a broken or looping symbolic link, so it was not opened.",
    ),
    "document.folder_unreadable": (
        "Folder ini tidak dapat dibuka ({detail}) sehingga isinya tidak dapat diperiksa.",
        "This folder cannot be opened ({detail}), so its content could not be checked.",
    ),
    "document.duplicate": (
        "Isi berkas sama persis dengan '{original}'.",
        "The content is identical to '{original}'.",
    ),
    "document.unsure": (
        "Jenis dokumen tidak dapat dipastikan (paling mirip: {best}, keyakinan {confidence}).",
        "The document type could not be determined (closest: {best}, confidence {confidence}).",
    ),
    "document.not_evidence": (
        "Isi dokumen tidak dikenali sebagai bukti dukung LKE.",
        "The content is not recognised as LKE evidence.",
    ),
    "document.misfiled": (
        "Dokumen ini berisi {type} (area {areas}), tetapi disimpan di folder '{folder}' "
        "yang menunjuk ke {hint}.",
        "This document is {type} (area {areas}) but sits in the folder '{folder}', which points to {hint}.",
    ),
    # Recency verdicts: one sentence each, ending with the verdict.
    "recency.current": (
        "Tanggal efektif {date} (dari '{source}'); aturan {rule}: {requirement}; masih berlaku.",
        "Effective date {date} (from '{source}'); rule {rule}: {requirement}; current.",
    ),
    "recency.outdated": (
        "Tanggal efektif {date} (dari '{source}'); aturan {rule}: {requirement}; sudah kedaluwarsa.",
        "Effective date {date} (from '{source}'); rule {rule}: {requirement}; outdated.",
    ),
    "recency.future": (
        "Tanggal efektif {date} (dari '{source}') jatuh sesudah tanggal acuan {as_of}; aturan {rule}: "
        "{requirement}; masih berlaku, tetapi tanggalnya perlu diperiksa.",
        "Effective date {date} (from '{source}') falls after the reference date {as_of}; rule {rule}: "
        "{requirement}; current, but the date should be checked.",
    ),
    "recency.period_current": (
        "Periode {period} (dari '{source}'); aturan PERIOD: periodenya harus mencakup tahun {year}; "
        "masih berlaku.",
        "Period {period} (from '{source}'); rule PERIOD: its period must cover {year}; current.",
    ),
    "recency.period_outdated": (
        "Periode {period} (dari '{source}'); aturan PERIOD: periodenya harus mencakup tahun {year}; "
        "sudah kedaluwarsa.",
        "Period {period} (from '{source}'); rule PERIOD: its period must cover {year}; outdated.",
    ),
    "recency.report_current": (
        "Laporan atas tahun {report_year} (dari '{source}'); aturan {rule}: {requirement}; masih berlaku.",
        "Report on {report_year} (from '{source}'); rule {rule}: {requirement}; current.",
    ),
    "recency.report_outdated": (
        "Laporan atas tahun {report_year} (dari '{source}'); aturan {rule}: {requirement}; "
        "sudah kedaluwarsa.",
        "Report on {report_year} (from '{source}'); rule {rule}: {requirement}; outdated.",
    ),
    "recency.undated": (
        "Tanggal efektif dokumen tidak ditemukan (tidak ada 'Ditetapkan di ... pada tanggal', baris "
        "tempat dan tanggal, tabel identitas SOP, atau tahun pada judul); perlu diperiksa manual.",
        "The document's effective date was not found (no 'Ditetapkan di ... pada tanggal', place-and-"
        "date line, SOP identity table or year in the title); it needs a manual check.",
    ),
    "recency.undated_cited": (
        "Tanggal efektif dokumen tidak ditemukan; tanggal yang tertulis hanya dikutip ('{example}'); "
        "perlu diperiksa manual.",
        "The document's effective date was not found; the dates it contains are only cited "
        "('{example}'); it needs a manual check.",
    ),
    "rule.Y0": ("harus tahun {year}", "must be from {year}"),
    "rule.Y1": ("harus tahun {year_min} atau sesudahnya", "must be from {year_min} or later"),
    "rule.Y2": ("harus tahun {year_min} atau sesudahnya", "must be from {year_min} or later"),
    "rule.Y3": ("harus tahun {year_min} atau sesudahnya", "must be from {year_min} or later"),
    "rule.PERIOD": ("periodenya harus mencakup tahun {year}", "its period must cover {year}"),
    "rule.PERIOD_fallback": (
        "tanpa periode bernama, harus tahun {year_min} atau sesudahnya",
        "without a named period, must be from {year_min} or later",
    ),
    "rule.PREV_REPORT": (
        "laporan atas tahun {year_min} atau sesudahnya",
        "a report on {year_min} or later",
    ),
    "rule.PREV_REPORT_fallback": (
        "tanpa tahun laporan pada judul, harus tahun {year} atau sesudahnya",
        "without a reporting year in the title, must be from {year} or later",
    ),
    # Dates in sentences, by precision (see date_message).
    "date.day": ("{day} {month} {year}", "{day} {month} {year}"),
    "date.month": ("{month} {year}", "{month} {year}"),
    "date.quarter": ("Triwulan {roman} {year}", "Q{number} {year}"),
    "date.semester": ("Semester {roman} {year}", "H{number} {year}"),
    "date.year": ("tahun {year}", "the year {year}"),
    "month.1": ("Januari", "January"),
    "month.2": ("Februari", "February"),
    "month.3": ("Maret", "March"),
    "month.4": ("April", "April"),
    "month.5": ("Mei", "May"),
    "month.6": ("Juni", "June"),
    "month.7": ("Juli", "July"),
    "month.8": ("Agustus", "August"),
    "month.9": ("September", "September"),
    "month.10": ("Oktober", "October"),
    "month.11": ("November", "November"),
    "month.12": ("Desember", "December"),
    # Where an effective date was read (DateFinding.source), as the document writes it.
    "date_source.ditetapkan": ("Ditetapkan di ... pada tanggal", "Ditetapkan di ... pada tanggal"),
    "date_source.diundangkan": ("Diundangkan di ... pada tanggal", "Diundangkan di ... pada tanggal"),
    "date_source.sop_tanggal_efektif": ("Tanggal Efektif", "Tanggal Efektif"),
    "date_source.sop_tanggal_revisi": ("Tanggal Revisi", "Tanggal Revisi"),
    "date_source.sop_tanggal_pengesahan": ("Tanggal Pengesahan", "Tanggal Pengesahan"),
    "date_source.sop_tanggal_pembuatan": ("Tanggal Pembuatan", "Tanggal Pembuatan"),
    "date_source.pada_hari_ini": ("Pada hari ini ... tanggal ...", "Pada hari ini ... tanggal ..."),
    "date_source.tempat_tanggal": (
        "<kota>, <tanggal> di atas tanda tangan",
        "<city>, <date> above the signature",
    ),
    "date_source.lampiran_tanggal": ("LAMPIRAN ... TANGGAL", "LAMPIRAN ... TANGGAL"),
    "date_source.hari_tanggal": ("Hari/Tanggal", "Hari/Tanggal"),
    "date_source.dimutakhirkan": ("dimutakhirkan tanggal", "dimutakhirkan tanggal (updated on)"),
    "date_source.hari_tanggal_terbit": (
        "<hari>, <tanggal> pada baris tanggal terbit",
        "<weekday>, <date> dateline",
    ),
    "date_source.tanggal": ("Tanggal :", "Tanggal :"),
    "date_source.periode_judul": ("periode pada judul", "the period in the title"),
    "date_source.bulan_judul": ("bulan pada judul", "the month in the title"),
    "date_source.tahun_judul": ("tahun pada judul", "the year in the title"),
    "date_source.nomor_surat": ("tahun pada nomor surat", "the year in the letter number"),
    # Run-level errors (one line on stderr).
    "run.root_not_found": (
        "Folder bukti '{root}' tidak ditemukan atau tidak dapat dibaca.",
        "Evidence folder '{root}' does not exist or cannot be read.",
    ),
    "run.output_not_writable": (
        "Folder keluaran '{out}' tidak dapat ditulisi ({detail}).",
        "Output folder '{out}' is not writable ({detail}).",
    ),
    "run.missing_dependency": (
        "Komponen yang diperlukan tidak tersedia: {what}.",
        "A required component is missing: {what}.",
    ),
    "run.bad_arguments": (
        "Argumen tidak valid: {detail}.",
        "Invalid argument: {detail}.",
    ),
    "run.catalog_invalid": (
        "Katalog atau berkas konfigurasi '{path}' tidak valid: {detail}.",
        "Catalog or configuration file '{path}' is invalid: {detail}.",
    ),
    "error.internal": (
        "Terjadi kesalahan internal ({detail}); jalankan ulang dengan --debug untuk rinciannya.",
        "Internal error ({detail}); run again with --debug for details.",
    ),
    "run.interrupted": ("Pemindaian dihentikan oleh pengguna.", "Scan interrupted by the user."),
    # Progress lines when stderr is not a terminal.
    "progress.start": (
        "memindai {total} berkas ({reused} lainnya dipakai ulang dari penyimpanan status).",
        "scanning {total} files ({reused} more reused from the state store).",
    ),
    "progress.line": (
        "{done}/{total} berkas, {rate} berkas/detik, sisa sekitar {remaining} detik, unit: {unit}.",
        "{done}/{total} files, {rate} files/s, about {remaining} s left, unit: {unit}.",
    ),
    # Labels of the HTML and Excel reports.
    "ui.changes": ("Perubahan sejak pemeriksaan sebelumnya", "Changes since the previous check"),
    "ui.changes_since": ("Dibandingkan dengan pemeriksaan yang selesai", "Compared with the check finished"),
    "ui.no_changes": ("Tidak ada perubahan.", "Nothing changed."),
    "ui.changed_documents": ("Dokumen baru, berubah atau dihapus", "New, changed or removed documents"),
    "ui.changed_statuses": ("Status yang berubah", "Statuses that changed"),
    "ui.before": ("Sebelumnya", "Before"),
    "ui.after": ("Sekarang", "Now"),
    "change.new": ("baru", "new"),
    "change.changed": ("berubah", "changed"),
    "change.removed": ("dihapus", "removed"),
    "ui.title": ("Laporan Pemeriksaan Bukti Dukung Zona Integritas", "Zona Integritas Evidence Check"),
    "ui.evaluation_year": ("Tahun evaluasi", "Evaluation year"),
    "ui.as_of": ("Tanggal acuan", "Reference date"),
    "ui.generated": ("Dibuat", "Generated"),
    "ui.units": ("Unit kerja", "Units"),
    "ui.unit": ("Unit kerja", "Unit"),
    "ui.documents": ("Dokumen", "Documents"),
    "ui.summary": ("Ringkasan", "Summary"),
    "ui.missing": ("Bukti yang belum ada", "Missing evidence"),
    "ui.outdated": ("Bukti yang sudah kedaluwarsa", "Outdated evidence"),
    "ui.needs_review": ("Bukti yang tanggalnya perlu diperiksa", "Evidence whose date needs review"),
    "ui.none": ("Tidak ada.", "None."),
    "ui.area_table": ("Cakupan per area (Pemenuhan)", "Coverage per area (Pemenuhan)"),
    "ui.area": ("Area", "Area"),
    "ui.indicators_present": ("Sub-indikator dengan bukti berlaku", "Sub-indicators with current evidence"),
    "ui.share": ("Persentase", "Share"),
    "ui.estimate": ("Perkiraan nilai Pemenuhan", "Estimated Pemenuhan score"),
    "ui.estimate_note": (
        "Perkiraan kasar: bobot sub-area dikalikan bagian pertanyaan yang memiliki bukti berlaku; "
        "bukan nilai resmi LKE.",
        "A rough estimate: sub-area weight times the share of questions with current evidence; "
        "not an official LKE score.",
    ),
    "ui.all_documents": ("Semua dokumen", "All documents"),
    "ui.path": ("Berkas", "File"),
    "ui.status": ("Status", "Status"),
    "ui.evidence_type": ("Jenis bukti", "Evidence type"),
    "ui.confidence": ("Keyakinan", "Confidence"),
    "ui.date": ("Tanggal efektif", "Effective date"),
    "ui.reason": ("Keterangan", "Reason"),
    "ui.supports": ("Mendukung", "Supports"),
    "ui.phrases": ("Frasa penentu", "Deciding phrases"),
    "ui.alternatives": ("Alternatif", "Alternatives"),
    "ui.misfiled": ("Salah folder", "Misfiled"),
    "ui.no_documents": ("Tidak ada dokumen di unit ini.", "This unit has no documents."),
    "ui.totals": (
        "{documents} dokumen di {units} unit kerja: {classified} dikenali, {unclassified} tidak "
        "dikenali, {unreadable} tidak terbaca, {duplicate} duplikat.",
        "{documents} documents in {units} units: {classified} classified, {unclassified} "
        "unclassified, {unreadable} unreadable, {duplicate} duplicates.",
    ),
    "ui.unit_totals": (
        "{present} dari {types} jenis bukti berlaku, {missing} belum ada, {outdated} kedaluwarsa, "
        "{needs_review} perlu diperiksa.",
        "{present} of {types} evidence types current, {missing} missing, {outdated} outdated, "
        "{needs_review} need review.",
    ),
    "status.classified": ("dikenali", "classified"),
    "status.unclassified": ("tidak dikenali", "unclassified"),
    "status.unreadable": ("tidak terbaca", "unreadable"),
    "status.duplicate": ("duplikat", "duplicate"),
    "coverage.present": ("ada", "present"),
    "coverage.outdated": ("kedaluwarsa", "outdated"),
    "coverage.needs_review": ("perlu diperiksa", "needs review"),
    "coverage.missing": ("belum ada", "missing"),
    "ui.sheet_summary": ("Ringkasan", "Summary"),
    "ui.sheet_documents": ("Dokumen", "Documents"),
    "ui.sheet_indicators": ("Sub-indikator", "Sub-indicators"),
    "ui.indicator": ("Sub-indikator", "Sub-indicator"),
    "ui.question": ("Pertanyaan LKE", "LKE question"),
    "ui.count_missing": ("Jenis bukti belum ada", "Types missing"),
    "ui.count_outdated": ("Jenis bukti kedaluwarsa", "Types outdated"),
    "ui.count_review": ("Jenis bukti perlu diperiksa", "Types needing review"),
    "ui.count_unreadable": ("Dokumen tidak terbaca", "Unreadable documents"),
    "ui.demo_summary": (
        "Pemindaian selesai: {documents} dokumen di {units} unit kerja; {missing} jenis bukti "
        "belum ada dan {outdated} kedaluwarsa (jumlah seluruh unit). Laporan: {html}",
        "Scan complete: {documents} documents in {units} units; {missing} evidence types missing "
        "and {outdated} outdated (summed over units). Report: {html}",
    ),
    # The per-unit page (units/<unit>.html), the CSV and the workbook's unit sheets.
    "ui.unit_page_title": ("Bukti dukung ZI: {unit}", "ZI evidence: {unit}"),
    "ui.unit_page_link": ("Halaman unit", "Unit page"),
    "ui.catalog": ("Katalog", "Catalog"),
    "ui.current": ("berlaku", "current"),
    "ui.recency": ("Keberlakuan", "Recency"),
    "ui.back_to_report": ("Laporan semua unit", "Report for all units"),
    "ui.at_a_glance": ("Sekilas", "At a glance"),
    "ui.card_current": ("jenis bukti berlaku", "evidence types current"),
    "ui.card_missing": ("pertanyaan LKE tanpa bukti", "LKE questions without evidence"),
    "ui.card_outdated": ("jenis bukti kedaluwarsa", "evidence types outdated"),
    "ui.card_review": ("dokumen perlu diperiksa", "documents to check"),
    "ui.of": ("dari", "of"),
    "ui.estimate_heading": ("Perkiraan nilai Pemenuhan", "Estimated Pemenuhan score"),
    "ui.estimate_plain": (
        "Ini perkiraan, bukan nilai resmi. Bukti hanya melihat dokumen untuk komponen Pemenuhan "
        "({pemenuhan_max} dari {total_max} poin LKE) dan menghitung setiap pertanyaan yang "
        "memiliki bukti berlaku sebagai terpenuhi penuh, padahal penilai memberi nilai A sampai E. "
        "Komponen Reform dan Hasil (survei IPAK dan IPKP, capaian kinerja) tidak dinilai di sini.",
        "This is an estimate, not an official score. Bukti only sees the documents for the "
        "Pemenuhan component ({pemenuhan_max} of the LKE's {total_max} points) and counts every "
        "question with current evidence as fully met, whereas evaluators grade A to E. The Reform "
        "and Hasil components (the IPAK and IPKP surveys, performance results) are not assessed here.",
    ),
    "ui.estimate_score": (
        "Perkiraan nilai Pemenuhan {score} dari {maximum} poin. Jika hanya Pemenuhan yang "
        "dihitung, nilai ini setara {scaled} dari {total_max}.",
        "Estimated Pemenuhan score {score} of {maximum} points. If Pemenuhan were all that "
        "counted, this would equal {scaled} of {total_max}.",
    ),
    "ui.predicate_gap": (
        "{name}: nilai minimal {required}; perkiraan kurang {gap} poin.",
        "{name}: minimum {required}; the estimate is {gap} points short.",
    ),
    "ui.predicate_reached": (
        "{name}: nilai minimal {required}; perkiraan mencapainya.",
        "{name}: minimum {required}; the estimate reaches it.",
    ),
    "ui.predicate_areas_below": (
        "Area di bawah {share} dari bobotnya: {areas}.",
        "Areas below {share} of their weight: {areas}.",
    ),
    "ui.predicate_areas_ok": (
        "Setiap area mencapai {share} dari bobotnya.",
        "Every area reaches {share} of its weight.",
    ),
    "ui.chart_areas": (
        "Perkiraan nilai Pemenuhan per area dibanding bobot area; garis: minimal {markers}",
        "Estimated Pemenuhan score per area against the area's weight; lines: minimum {markers}",
    ),
    "ui.chart_total": (
        "Nilai setara jika hanya Pemenuhan yang dihitung, dibanding nilai minimal {markers}",
        "Equivalent score if Pemenuhan were all that counted, against the minimum {markers}",
    ),
    "ui.chart_total_caption": ("{scaled} dari {total_max}", "{scaled} of {total_max}"),
    "ui.weight": ("Bobot", "Weight"),
    "ui.minimum": ("Minimal {name}", "Minimum {name}"),
    "ui.reached": ("tercapai", "reached"),
    "ui.not_reached": ("belum", "not yet"),
    "ui.missing_heading": ("Bukti yang belum ada", "Missing evidence"),
    "ui.missing_intro": (
        "Pertanyaan LKE berikut belum didukung dokumen yang berlaku. Unggah salah satu dokumen yang "
        "disebut; angka poin adalah tambahan perkiraan nilai Pemenuhan.",
        "These LKE questions have no current document. Upload one of the documents named; the "
        "points are what the estimated Pemenuhan score would gain.",
    ),
    "ui.satisfied_by": ("Dokumen yang memenuhi", "Documents that satisfy it"),
    "ui.typically": ("Biasanya", "Typically"),
    "ui.points": ("+{points} poin", "+{points} points"),
    "ui.other_missing_types": (
        "Jenis bukti lain yang belum ada (pertanyaannya sudah didukung dokumen lain)",
        "Other evidence types not found (their questions are already supported by other documents)",
    ),
    "ui.outdated_intro": (
        "Dokumen ini ada, tetapi terlalu lama untuk tahun evaluasi {year}. Unggah versi terbaru.",
        "These documents exist but are too old for evaluation year {year}. Upload a newer version.",
    ),
    "ui.date_found": ("Tanggal ditemukan", "Date found"),
    "ui.rule": ("Aturan", "Rule"),
    "ui.answers": ("Menjawab", "Answers"),
    "ui.review_heading": ("Dokumen yang perlu diperiksa", "Documents to check"),
    "ui.review_intro": (
        "Dokumen yang tidak terbaca, tidak dikenali, duplikat, salah folder, atau tanggalnya tidak "
        "ditemukan, masing-masing dengan alasannya.",
        "Documents that are unreadable, unrecognised, duplicated, misfiled or undated, each with its reason.",
    ),
    "ui.no_date": ("tidak ditemukan", "not found"),
    "ui.lke_code": ("Kode LKE", "LKE code"),
    "ui.sub_area": ("Sub-area", "Sub-area"),
    "ui.scale": ("Skala", "Scale"),
    "ui.documents_found": ("Dokumen ditemukan", "Documents found"),
    "ui.estimate_total": ("Perkiraan Pemenuhan", "Estimated Pemenuhan"),
    "ui.gap_to": ("Kurang ke {name}", "Short of {name}"),
    "ui.sheet_unit_note": (
        "Status menurut dokumen yang ditemukan Bukti; jawaban dan nilai LKE tetap diisi penilai.",
        "Status from the documents Bukti found; the LKE answers and scores are still the evaluator's.",
    ),
}


def render(key: str, params: dict[str, Any] | None = None, language: Language = Language.ID) -> str:
    """Render message ``key`` with ``params`` in ``language``.

    An unknown key or a missing parameter is a programming error; it still renders
    something readable (the key and parameters) rather than hiding the report row.
    """
    params = {
        name: value.render(language) if isinstance(value, Message) else value
        for name, value in (params or {}).items()
    }
    try:
        template = MESSAGES[key][0 if language == Language.ID else 1]
        return template.format(**params)
    except (KeyError, IndexError):
        log.error("message %s cannot be rendered with %s", key, params)
        return f"{key} {params}"


_ROMAN = ("", "I", "II", "III", "IV")


def date_message(value: dt.date, precision: str) -> Message:
    """Write a date as a message, as precisely as it is known, with the language's months.

    Args:
        value: The date (for a coarse precision, the first day of its month, quarter,
            semester or year).
        precision: A ``DatePrecision`` value: 'day', 'month', 'quarter', 'semester', 'year'.

    Returns:
        E.g. '12 Januari 2026' / '12 January 2026', 'Triwulan III 2025' / 'Q3 2025',
        'tahun 2026' / 'the year 2026'.

    """
    month = Message(key=f"month.{value.month}")
    if precision == "day":
        return Message(key="date.day", params={"day": value.day, "month": month, "year": value.year})
    if precision == "month":
        return Message(key="date.month", params={"month": month, "year": value.year})
    if precision in ("quarter", "semester"):
        number = (value.month - 1) // (3 if precision == "quarter" else 6) + 1
        return Message(
            key=f"date.{precision}", params={"number": number, "roman": _ROMAN[number], "year": value.year}
        )
    return Message(key="date.year", params={"year": value.year})


def date_source_message(source: str) -> Message:
    """Where a date was read, as the document writes it ('Ditetapkan di ... pada tanggal')."""
    key = f"date_source.{source}"
    return Message(key=key) if key in MESSAGES else Message(key="date_source.tanggal")
