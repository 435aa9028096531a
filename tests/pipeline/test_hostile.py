"""Hostile and broken input (issue 8): every entry accounted for, nothing lost, nothing leaks.

The tree is built from real bytes at test time (``hostile_tree.py``) and scanned once
in-process through the real per-document boundary (reader processes included); the tests
then check the rows, the three reports and that ROOT did not change, access times included.
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import hashlib
import io
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import openpyxl
import pytest
from hostile_tree import TEST_LIMITS, build_hostile_tree

from extractors.limits import open_evidence
from models.documents import DocumentStatus, SourceFile
from models.errors import FileTooLarge, NotRegularFile
from models.messages import Language
from models.options import ExtractOptions, ScanOptions
from pipeline import sandbox, scan
from pipeline.reports import write_reports
from sample_docs import faults
from sample_docs.render.pdf import render_pdf_bytes

AS_OF = dt.date(2026, 11, 1)
_NOATIME = getattr(os, "O_NOATIME", 0)


def snapshot(root: Path) -> dict[bytes, tuple]:
    """Every entry under ``root`` (bytes paths): type, mode, size, all three times, owner, hash.

    Entries are looked at with lstat only; regular files are hashed through O_NOATIME so the
    snapshot itself does not touch their access time. Nothing else is opened.
    """
    result: dict[bytes, tuple] = {}
    broot = os.fsencode(root)
    for folder, dirs, files in os.walk(broot, followlinks=False):
        for name in dirs + files:
            path = os.path.join(folder, name)
            info = os.lstat(path)
            digest = None
            if stat.S_ISREG(info.st_mode):
                descriptor = os.open(path, os.O_RDONLY | _NOATIME)
                with os.fdopen(descriptor, "rb") as handle:
                    digest = hashlib.file_digest(handle, "sha256").hexdigest()
            atime = info.st_atime_ns
            if stat.S_ISDIR(info.st_mode):
                atime = None  # listing a folder is reading it; the walk must list every folder
            elif stat.S_ISLNK(info.st_mode):
                # Saying where a link leads means reading it, which sets the link's own
                # access time (not its target's): the one time a scan must touch.
                digest, atime = os.readlink(path), None
            result[os.path.relpath(path, broot)] = (
                stat.S_IFMT(info.st_mode),
                info.st_mode,
                info.st_size,
                info.st_mtime_ns,
                atime,
                info.st_ctime_ns,
                info.st_uid,
                digest,
            )
    return result


def scan_in_process(root: Path, extract: ExtractOptions = TEST_LIMITS):
    options = ScanOptions(root=root, evaluation_year=2026, as_of=AS_OF, extract=extract)
    inventory = scan.discover_files(root, unit_depth=1)
    settings = scan.DocumentSettings.from_options(options)
    records = scan.process_batch(list(inventory.files), settings)
    return inventory, scan.assemble_report(records, options, units=inventory.units, started=time.monotonic())


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("hostile") / "Inspektorat"
    expected = build_hostile_tree(root)
    # Old times, so that a read that updated the access time would show (relatime).
    for folder, _dirs, files in os.walk(os.fsencode(root)):
        for name in files:
            os.utime(os.path.join(folder, name), ns=(10**18, 10**18), follow_symlinks=False)
    before = snapshot(root)
    started = time.monotonic()
    inventory, report = scan_in_process(root)
    elapsed = time.monotonic() - started
    out = tmp_path_factory.mktemp("hostile-out")
    write_reports(report, out, language=Language.ID)
    return {
        "root": root,
        "expected": expected,
        "inventory": inventory,
        "report": report,
        "out": out,
        "before": before,
        "after": snapshot(root),
        "elapsed": elapsed,
    }


def _raw_path(row) -> bytes:
    if isinstance(row, dict):
        return base64.b64decode(row["path_base64"]) if row["path_base64"] else row["path"].encode()
    return base64.b64decode(row.path_base64) if row.path_base64 else row.path.encode()


def test_every_entry_reported_exactly_once(hostile) -> None:
    reported = [_raw_path(record) for record in hostile["report"].documents]
    assert len(reported) == len(set(reported))
    assert sorted(reported) == sorted(hostile["expected"])


@pytest.mark.parametrize(
    "relative",
    [
        b"Dinas B/kosong.pdf",
        b"Dinas B/terpotong.pdf",
        b"Dinas B/sandi.pdf",
        b"Dinas B/rusak.docx",
        b"Dinas B/sandi.docx",
        b"Dinas B/word97.doc",
        b"Dinas B/excel97.xls",
        b"Dinas B/word97 bernama.pdf",
        b"Dinas B/teks biasa.pdf",
        b"Dinas B/video.mp4",
        b"Dinas B/bom zip.docx",
        b"Dinas B/bom gambar.png",
        b"Dinas B/lampiran 30 halaman.pdf",
        b"Dinas C/pipa",
        b"Dinas C/soket",
        b"Dinas C/perangkat",
        b"Dinas C/ke passwd",
        b"Dinas C/ke atas",
        b"Dinas C/ke SK",
        b"Dinas C/ke folder",
        b"Dinas C/putus",
        b"Dinas C/putar1",
        b"Dinas C/putar2",
        b"Dinas C/diri sendiri",
    ],
)
def test_unreadable_entry_has_its_reason(hostile, relative: bytes) -> None:
    record = next(r for r in hostile["report"].documents if _raw_path(r) == relative)
    assert record.status == DocumentStatus.UNREADABLE
    assert record.error is not None and record.error.key == hostile["expected"][relative]
    sentence = record.error.render(Language.ID)
    assert sentence.endswith(".") and "{" not in sentence and sentence.count(". ") == 0, sentence
    assert record.error.render(Language.EN).endswith(".")


def test_readable_files_are_read(hostile) -> None:
    for record in hostile["report"].documents:
        if hostile["expected"][_raw_path(record)] is None:
            assert record.status in (DocumentStatus.CLASSIFIED, DocumentStatus.UNCLASSIFIED), record.path
            assert record.char_count and record.char_count > 100


def test_wrong_extension_is_read_by_its_bytes(hostile) -> None:
    record = next(r for r in hostile["report"].documents if r.path == "Dinas A/salah ekstensi.pdf")
    assert record.format.value == "docx" and record.status != DocumentStatus.UNREADABLE


def test_names_in_any_bytes_are_faithful_in_json(hostile) -> None:
    report = json.loads((hostile["out"] / "report.json").read_bytes().decode("utf-8"))
    rows = {_raw_path(row): row for row in report["documents"]}
    assert sorted(rows) == sorted(hostile["expected"])
    latin1 = rows[b"Dinas A/latin1 \xe9t\xe9.pdf"]
    assert latin1["path"] == "Dinas A/latin1 \\xe9t\\xe9.pdf" and latin1["path_base64"]
    assert rows[b"Dinas \xff\xfe/berkas.pdf"]["unit"] == "Dinas \\xff\\xfe"
    nfc, nfd = "Laporan Kegiatan \u00e9.pdf", "Laporan Kegiatan e\u0301.pdf"
    assert rows[f"Dinas A/{nfc}".encode()]["path"].endswith(nfc)
    assert rows[f"Dinas A/{nfd}".encode()]["path"].endswith(nfd)
    assert rows[b"Dinas A/baris\nbaru\tdan tab.pdf"]["path_base64"] is None


def test_html_escapes_names(hostile) -> None:
    html = (hostile["out"] / "report.html").read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;.docx" in html
    assert "Dinas A/latin1 \\xe9t\\xe9.pdf" in html


def test_xlsx_keeps_names_as_text(hostile) -> None:
    workbook = openpyxl.load_workbook(hostile["out"] / "report.xlsx")
    cells = [cell for sheet in workbook.worksheets for row in sheet.iter_rows() for cell in row]
    texts = [cell.value for cell in cells if isinstance(cell.value, str)]
    names = [text for text in texts if "HYPERLINK" in text or "SUM(1,2)" in text]
    assert names, "the formula-like names are missing from the workbook"
    for cell in cells:
        if isinstance(cell.value, str) and cell.value.startswith(("=", "+", "-", "@")):
            assert cell.data_type == "s" and cell.quotePrefix, cell.value
    assert "=1+1 Dinas" in texts
    assert any("kontrol\\x01\\x1b.pdf" in text for text in texts)
    assert any("latin1 \\xe9t\\xe9.pdf" in text for text in texts)


def test_csv_neutralises_formulas(hostile) -> None:
    path = hostile["out"] / "report.csv"
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    cells = [cell for row in rows for cell in row]
    assert not [cell for cell in cells if cell.startswith(("=", "+", "@"))]
    assert "'=1+1 Dinas" in cells and 'Dinas A/=HYPERLINK("evil.example","klik").pdf' in cells


def test_root_is_untouched_including_access_times(hostile) -> None:
    assert hostile["before"] == hostile["after"]


def test_no_reader_is_left_running_in_root(hostile) -> None:
    # Nothing the scan started keeps a file under ROOT open (no lock, no handle).
    root = os.fsencode(os.path.realpath(hostile["root"]))
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            targets = [os.readlink(fd) for fd in (proc / "fd").iterdir()]
        except OSError:
            continue
        assert not [t for t in targets if os.fsencode(t).startswith(root + b"/")], proc.name


def test_hostile_scan_is_quick(hostile) -> None:
    # Every refusal happens before any expensive work: the whole tree reads in seconds.
    assert hostile["elapsed"] < 60


# --- Limits, one at a time ---------------------------------------------------------------


def _process(tmp_path: Path, name: str, data: bytes, extract: ExtractOptions) -> scan.DocumentRecord:
    path = tmp_path / name
    path.write_bytes(data)
    source = SourceFile(path=name, unit="U", size=len(data), mtime_ns=0)
    settings = scan.DocumentSettings(root=tmp_path, evaluation_year=2026, extract=extract)
    return scan.process_file(source, settings)


def test_lying_zip_bomb_is_never_inflated(tmp_path: Path) -> None:
    # The central directory says 1 KiB: zipfile (and so python-docx) stops there, so the
    # 40 MB part is never inflated and the rest of the document reads normally.
    data = faults.zip_bomb_docx_bytes(40_000_000, lying=True)
    limits = TEST_LIMITS.model_copy(update={"max_memory_bytes": 400_000_000})
    record = _process(tmp_path, "bohong.docx", data, limits)
    assert record.status != DocumentStatus.UNREADABLE or record.error.key == "document.corrupt"


def test_zip_bomb_at_default_limits(tmp_path: Path) -> None:
    data = faults.zip_bomb_docx_bytes(260_000_000)
    record = _process(tmp_path, "bom.docx", data, ExtractOptions(ocr=False))
    assert record.error is not None and record.error.key == "document.zip_bomb"
    assert "250 MB" in record.error.render()


def test_too_many_members(tmp_path: Path) -> None:
    record = _process(
        tmp_path,
        "lapis.docx",
        faults.render_docx_bytes(faults.default_spec()),
        TEST_LIMITS.model_copy(update={"max_archive_members": 3}),
    )
    assert record.error is not None and record.error.key == "document.zip_bomb"


def test_page_limit_is_a_reason(tmp_path: Path) -> None:
    data = faults.many_pages_pdf_bytes(6)
    at_limit = _process(tmp_path, "a.pdf", data, TEST_LIMITS.model_copy(update={"max_pages": 6}))
    assert at_limit.status != DocumentStatus.UNREADABLE
    record = _process(tmp_path, "b.pdf", data + b"\n%b", TEST_LIMITS.model_copy(update={"max_pages": 5}))
    assert record.error.key == "document.too_many_pages" and "6 halaman" in record.error.render()


def test_size_limit_before_opening(tmp_path: Path) -> None:
    path = tmp_path / "besar.pdf"
    faults.write_sparse(path, 10_000_001)
    with pytest.raises(FileTooLarge):
        open_evidence(path, max_bytes=10_000_000)
    record = _process(
        tmp_path,
        "besar2.pdf",
        b"%PDF-1.4\n" + bytes(10_000_000),
        TEST_LIMITS.model_copy(update={"max_file_bytes": 10_000_000}),
    )
    assert record.error.key == "document.too_large" and record.sha256 is None


def test_huge_page_is_rendered_within_the_pixel_limit(tmp_path: Path) -> None:
    # A 200-inch page at 300 dpi would be 3.6 gigapixels; it is rendered at 2 MP instead.
    extract = ExtractOptions(max_image_pixels=2_000_000, ocr_max_pages=1, timeout_seconds=120)
    record = _process(tmp_path, "poster.pdf", faults.huge_page_pdf_bytes(), extract)
    assert record.error is None or record.error.key in ("document.ocr_no_text", "document.ocr_unavailable")


def test_fifo_swapped_in_after_listing_is_not_opened(tmp_path: Path) -> None:
    # Listed as a regular file, replaced by a pipe before it is read: open would block.
    os.mkfifo(tmp_path / "ganti.pdf")
    source = SourceFile(path="ganti.pdf", unit="U", size=10, mtime_ns=0)
    settings = scan.DocumentSettings(root=tmp_path, evaluation_year=2026, extract=TEST_LIMITS)
    started = time.monotonic()
    record = scan.process_file(source, settings)
    assert time.monotonic() - started < 5
    assert record.error.key == "document.not_regular"
    with pytest.raises(NotRegularFile):
        open_evidence(tmp_path / "ganti.pdf")


def test_time_budget_ends_the_reader(tmp_path: Path) -> None:
    # A real page scan needs seconds of OCR; a budget of 0.3 s ends the reader (and its
    # Tesseract) and the next document is read by a fresh reader.
    png = faults.png_scan_bytes(faults.default_spec(), dpi=150)
    hurried = ExtractOptions(timeout_seconds=0.3)
    record = _process(tmp_path, "pindai.png", png, hurried)
    assert record.error.key == "document.timeout" and "0.3 detik" in record.error.render()
    time.sleep(0.2)
    assert not _tesseract_children_of_readers()
    after = _process(tmp_path, "sesudah.pdf", render_pdf_bytes(faults.default_spec()), hurried)
    assert after.status != DocumentStatus.UNREADABLE


def _tesseract_children_of_readers() -> list[str]:
    found = []
    for proc in Path("/proc").iterdir():
        try:
            if proc.name.isdigit() and (proc / "comm").read_text().strip() == "tesseract":
                status = (proc / "status").read_text()
                ppid = int(next(line for line in status.splitlines() if line.startswith("PPid")).split()[1])
                if ppid == 1 or not Path(f"/proc/{ppid}").exists():
                    found.append(proc.name)
        except (OSError, StopIteration):
            continue
    return found


def test_memory_limit_ends_a_bomb_not_the_machine(tmp_path: Path) -> None:
    # With the pixel limit lifted, a 400-megapixel PNG is decoded: the reader's address
    # space limit stops it, and the document gets the memory reason.
    lifted = ExtractOptions(max_image_pixels=10**10, max_memory_bytes=600_000_000, timeout_seconds=120)
    record = _process(tmp_path, "bom.png", faults.png_bomb_bytes(20_000, 20_000), lifted)
    assert record.error is not None
    assert record.error.key in ("document.memory_limit", "document.reader_crashed")
    after = _process(tmp_path, "lalu.pdf", render_pdf_bytes(faults.default_spec()), TEST_LIMITS)
    assert after.status != DocumentStatus.UNREADABLE


# --- Permission denied and a read-only ROOT, for real, as an unprivileged user ----------


def _user_namespace_available() -> bool:
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "--user", "true"], capture_output=True, timeout=30)
    return probe.returncode == 0


def test_permission_denied_and_read_only_root() -> None:
    """Scan, without privileges, a read-only tree holding a file and a folder that may not
    be opened at all: real EACCES from the kernel, no mocks.

    Root bypasses permission bits, so the scan runs in a new user namespace (``unshare
    --user``): the process keeps its files' ownership but loses CAP_DAC_OVERRIDE, so mode
    000 really denies access and mode 555 folders really cannot be written.
    """
    # CI runs as root on a machine with user namespaces; without them this check cannot run.
    assert _user_namespace_available(), "needs root and `unshare --user`"
    work = Path(tempfile.mkdtemp(prefix="bukti-denied-"))
    try:
        os.chmod(work, 0o755)
        root = work / "bukti"
        (root / "Dinas A" / "terkunci").mkdir(parents=True)
        pdf = render_pdf_bytes(faults.default_spec())
        (root / "Dinas A" / "terbaca.pdf").write_bytes(pdf)
        (root / "Dinas A" / "rahasia.pdf").write_bytes(pdf + b"\n%x")
        (root / "Dinas A" / "terkunci" / "di dalam.pdf").write_bytes(pdf + b"\n%y")
        os.chmod(root / "Dinas A" / "rahasia.pdf", 0o000)
        os.chmod(root / "Dinas A" / "terkunci", 0o000)
        for path in (root, root / "Dinas A"):
            os.chmod(path, 0o555)  # read-only for everyone but root
        os.chmod(root / "Dinas A" / "terbaca.pdf", 0o444)
        before = snapshot(root)
        program = (
            "import json, sys, datetime as dt, time\n"
            "from pathlib import Path\n"
            "from pipeline import scan\n"
            "from models.options import ScanOptions, ExtractOptions\n"
            "root = Path(sys.argv[1])\n"
            "o = ScanOptions(root=root, evaluation_year=2026, as_of=dt.date(2026, 11, 1),\n"
            "                extract=ExtractOptions(ocr=False))\n"
            "inv = scan.discover_files(root, unit_depth=1)\n"
            "s = scan.DocumentSettings.from_options(o)\n"
            "rows = scan.process_batch(list(inv.files), s)\n"
            "print(json.dumps({r.path: r.error.key if r.error else None for r in rows}))\n"
        )
        result = subprocess.run(
            ["unshare", "--user", sys.executable, "-c", program, str(root)],
            capture_output=True,
            text=True,
            timeout=300,
            cwd=Path(__file__).resolve().parents[2],
        )
        assert result.returncode == 0, result.stderr
        rows = json.loads(result.stdout.strip().splitlines()[-1])
        assert rows["Dinas A/rahasia.pdf"] == "document.access_denied"
        assert rows["Dinas A/terkunci"] == "document.folder_unreadable"
        assert rows["Dinas A/terbaca.pdf"] is None
        assert snapshot(root) == before
    finally:
        for folder, dirs, _ in os.walk(work):
            for name in dirs:
                os.chmod(os.path.join(folder, name), 0o755)
        os.chmod(work / "bukti", 0o755)
        shutil.rmtree(work, ignore_errors=True)


def test_reader_pool_survives_many_documents(tmp_path: Path) -> None:
    # One reader serves many documents: no process per document.
    pdf = render_pdf_bytes(faults.default_spec())
    pids = set()
    for index in range(5):
        _process(tmp_path, f"d{index}.pdf", pdf + str(index).encode(), TEST_LIMITS)
        pids.add(sandbox._POOL._local.reader.process.pid)
    assert len(pids) == 1
