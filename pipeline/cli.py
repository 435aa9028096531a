"""The ``bukti`` command line: parse arguments, call the library, write reports, map errors.

The app is built by :func:`build_app` with the scan runner injected: ``flows`` passes the
Prefect flow, so the CLI and a scheduled run share one code path while ``pipeline`` never
imports ``flows``.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Annotated, Optional

import typer
from typer.exceptions import TyperException

from classifiers.artifact import DEFAULT_ARTIFACT
from extractors.ocr import engine_status
from models.coverage import Coverage
from models.errors import BadArguments, BuktiError, ExitCode, RunError
from models.messages import Language, render
from models.options import BuktiSettings, ExtractOptions, ScanOptions, ServeOptions
from models.report import ScanReport
from pipeline import collector
from pipeline.catalog import load_catalog
from pipeline.reports import check_output_dir, write_reports
from pipeline.reports.view import label
from pipeline.rules import load_rule_overrides
from pipeline.scan import DocumentSettings, check_root, read_document
from pipeline.state import DEFAULT_STATE_NAME

log = logging.getLogger(__name__)

ScanRunner = Callable[[ScanOptions], ScanReport]
ServeRunner = Callable[[ServeOptions], None]

EXIT_CODES_HELP = "Exit status: " + ", ".join(f"{code.value} {code.name}" for code in ExitCode) + "."

LanguageOption = Annotated[
    Optional[Language], typer.Option("--lang", help="Report language: id (default) or en.")
]
DebugOption = Annotated[bool, typer.Option("--debug", help="Show tracebacks of internal errors.")]


def _parse_as_of(value: str | None, today: dt.date) -> dt.date:
    if value is None:
        return today
    try:
        return dt.date.fromisoformat(value)
    except ValueError as error:
        raise BadArguments(detail=f"--as-of '{value}' bukan tanggal YYYY-MM-DD") from error


def _configure_logging(debug: bool) -> None:
    logging.basicConfig(
        level=logging.DEBUG if debug else logging.WARNING,
        stream=sys.stderr,
        format="%(levelname)s %(name)s: %(message)s",
    )


def build_app(scan_runner: ScanRunner, serve_runner: ServeRunner | None = None) -> typer.Typer:
    """The typer app, with ``scan_runner`` doing the scan and ``serve_runner`` serving schedules."""
    app = typer.Typer(
        name="bukti",
        help="Bukti: memeriksa folder bukti dukung Zona Integritas (LKE ZI).",
        pretty_exceptions_enable=False,
        rich_markup_mode=None,
        no_args_is_help=True,
        add_completion=False,
    )

    _add_scan_command(app, scan_runner)
    _add_serve_command(app, serve_runner)
    _add_tool_commands(app)
    return app


def _add_scan_command(app: typer.Typer, scan_runner: ScanRunner) -> None:
    """Register ``bukti scan``."""

    @app.command(epilog=EXIT_CODES_HELP)
    def scan(
        root: Annotated[Path, typer.Argument(help="Evidence folder: one subfolder per unit.")],
        year: Annotated[
            Optional[int], typer.Option("--year", help="Evaluation year N (default: year of --as-of).")
        ] = None,
        as_of: Annotated[
            Optional[str], typer.Option("--as-of", help="Reference date YYYY-MM-DD (default: today).")
        ] = None,
        out: Annotated[
            Path, typer.Option("--out", help="Folder for report.json, report.html, report.xlsx.")
        ] = Path("out"),
        unit_depth: Annotated[int, typer.Option("--unit-depth", help="Folder depth that names a unit.")] = 1,
        jobs: Annotated[
            Optional[int], typer.Option("--jobs", help="Parallel worker processes (default: CPU count).")
        ] = None,
        state: Annotated[
            Optional[Path],
            typer.Option(
                "--state", help="SQLite store of earlier results (default: OUT/bukti-state.sqlite)."
            ),
        ] = None,
        rules: Annotated[
            Optional[Path],
            typer.Option("--rules", help="YAML file overriding recency rules per evidence type."),
        ] = None,
        dask_address: Annotated[
            Optional[str],
            typer.Option("--dask-address", help="Run batches on an existing Dask cluster (tcp://host:port)."),
        ] = None,
        lang: LanguageOption = None,
        debug: DebugOption = False,
    ) -> None:
        """Scan an evidence folder and report missing, outdated and unreadable evidence."""
        _configure_logging(debug)
        settings = BuktiSettings()
        as_of_date = _parse_as_of(as_of, dt.date.today())
        language = lang or settings.language
        worker_count = jobs if jobs is not None else settings.jobs or _cpu_count()
        try:
            options = ScanOptions(
                root=root,
                out=out,
                evaluation_year=year if year is not None else as_of_date.year,
                as_of=as_of_date,
                unit_depth=unit_depth,
                language=language,
                jobs=worker_count,
                rules_file=rules,
                state_path=state if state is not None else out / DEFAULT_STATE_NAME,
                dask_address=dask_address,
                extract=ExtractOptions(
                    page_workers=min(max(worker_count, 1), 256), tesseract_cmd=settings.tesseract_cmd
                ),
            )
        except ValueError as error:
            raise BadArguments(detail=_first_validation_error(error)) from error
        load_rule_overrides(options.rules_file, load_catalog())  # fails early, one line
        check_root(options.root)
        check_output_dir(out)
        ocr_warning = engine_status(
            options.extract.tesseract_cmd, tuple(options.extract.ocr_languages)
        ).warning()
        if ocr_warning is not None:
            # Scanned documents will be unreadable; the scan itself goes on (exit 0).
            typer.echo(f"bukti: {ocr_warning.render(language)}", err=True)
        with collector.tuned_for_bulk_work():
            report = scan_runner(options)
            paths = write_reports(report, out, language=language)
        typer.echo(_summary_line(report, paths[1], language), err=True)


def _add_serve_command(app: typer.Typer, serve_runner: ServeRunner | None) -> None:
    """Register ``bukti serve``."""

    @app.command(epilog=EXIT_CODES_HELP)
    def serve(
        root: Annotated[Path, typer.Argument(help="Evidence folder checked on every run.")],
        cron: Annotated[str, typer.Option("--cron", help="Schedule, e.g. '0 2 * * *' (02:00 every night).")],
        out: Annotated[Path, typer.Option("--out", help="Folder each run writes its reports into.")] = Path(
            "out"
        ),
        name: Annotated[
            str, typer.Option("--name", help="Deployment name (one per shared drive).")
        ] = "harian",
        year: Annotated[
            Optional[int], typer.Option("--year", help="Evaluation year (default: year of each run).")
        ] = None,
        unit_depth: Annotated[int, typer.Option("--unit-depth", help="Folder depth that names a unit.")] = 1,
        jobs: Annotated[int, typer.Option("--jobs", help="Parallel worker processes per run.")] = 1,
        state: Annotated[
            Optional[Path], typer.Option("--state", help="State store (default: OUT/bukti-state.sqlite).")
        ] = None,
        rules: Annotated[
            Optional[Path], typer.Option("--rules", help="YAML file overriding recency rules.")
        ] = None,
        lang: LanguageOption = None,
        debug: DebugOption = False,
    ) -> None:
        """Register a scheduled nightly check on the Prefect server (PREFECT_API_URL) and run it."""
        _configure_logging(debug)
        if serve_runner is None:
            raise BadArguments(detail="perintah serve tidak tersedia")
        try:
            options = ServeOptions(
                root=root,
                out=out,
                cron=cron,
                name=name,
                evaluation_year=year,
                unit_depth=unit_depth,
                language=lang or BuktiSettings().language,
                jobs=jobs,
                state_path=state,
                rules_file=rules,
            )
        except ValueError as error:
            raise BadArguments(detail=_first_validation_error(error)) from error
        load_rule_overrides(options.rules_file, load_catalog())
        check_root(options.root)
        check_output_dir(options.out)
        serve_runner(options)


def _add_tool_commands(app: typer.Typer) -> None:
    """Register ``bukti classify``, ``bukti train`` and ``bukti catalog``."""

    @app.command(epilog=EXIT_CODES_HELP)
    def classify(
        files: Annotated[list[Path], typer.Argument(help="Documents to classify.")],
        year: Annotated[Optional[int], typer.Option("--year", help="Evaluation year N.")] = None,
        debug: DebugOption = False,
    ) -> None:
        """Print one tab-separated line per file: path, type, confidence, effective date."""
        _configure_logging(debug)
        settings = DocumentSettings(root=Path("."), evaluation_year=year or dt.date.today().year)
        for path in files:
            typer.echo("\t".join(_classify_fields(path, settings)))

    @app.command(epilog=EXIT_CODES_HELP)
    def train(
        corpus: Annotated[
            Optional[Path], typer.Option("--corpus", help="Generated corpus folder (made if missing).")
        ] = None,
        labelled: Annotated[
            Optional[Path], typer.Option("--labelled", help="Folder with one subfolder per slug.")
        ] = None,
        labels: Annotated[
            Optional[Path], typer.Option("--labels", help="CSV with path,slug[,group] rows.")
        ] = None,
        out: Annotated[
            Optional[Path], typer.Option("--out", help="Artifact to write (default: the shipped one).")
        ] = None,
        debug: DebugOption = False,
    ) -> None:
        """Rebuild the classifier artifact (default: from the built-in generated corpus)."""
        _configure_logging(debug)
        from pipeline.training import train_classifier  # scikit-learn training: only for this command

        artifact = train_classifier(
            corpus=corpus, labelled=labelled, labels=labels, out=out or DEFAULT_ARTIFACT, workers=_cpu_count()
        )
        metrics = artifact.card["validation"]
        typer.echo(
            f"{out or DEFAULT_ARTIFACT}\t{artifact.name}/{artifact.version}\t"
            f"{artifact.training_data_sha256}\t"
            f"macro-F1 {metrics['macro_f1']:.3f}, confident accuracy {metrics['confident_accuracy']:.3f}, "
            f"threshold {artifact.threshold:.2f}"
        )

    @app.command(name="catalog")
    def catalog_command(
        as_json: Annotated[bool, typer.Option("--json", help="Print the catalog as JSON.")] = False,
    ) -> None:
        """Print the LKE areas, indicators and evidence types Bukti knows."""
        catalog = load_catalog()
        if as_json:
            typer.echo(json.dumps(catalog.model_dump(mode="json"), ensure_ascii=False, indent=2))
            return
        typer.echo(
            f"Katalog {catalog.version}: {len(catalog.areas)} area, "
            f"{len(catalog.indicators)} sub-indikator, {len(catalog.evidence_types)} jenis bukti"
        )
        for area in catalog.areas:
            typer.echo(
                f"\n{area.code}  {area.name_id} (bobot {area.weight:g}, Pemenuhan {area.pemenuhan_weight:g})"
            )
            for indicator in (i for i in catalog.indicators if i.area == area.code):
                types = ", ".join(catalog.types_supporting(indicator.code))
                typer.echo(f"  {indicator.code:<9} {indicator.question_id}  [{types}]")
        typer.echo("\nJenis bukti (slug, aturan, indikator, nama):")
        for etype in catalog.evidence_types:
            typer.echo(
                f"  {etype.slug:<26} {etype.rule.value:<11} {','.join(etype.indicators):<30} {etype.name_id}"
            )


def _classify_fields(path: Path, settings: DocumentSettings) -> list[str]:
    """The four output fields for one file; problems go to stderr, the line still prints."""
    try:
        size = path.stat().st_size
    except OSError as error:
        typer.echo(f"{path}: {error.strerror}", err=True)
        return [str(path), "-", "-", "-"]
    record = read_document(path, {"path": str(path), "unit": "", "size": size}, settings)
    if record.error is not None and record.classification is None:
        typer.echo(f"{path}: {record.error.render()}", err=True)
        return [str(path), "-", "-", "-"]
    confidence = f"{record.classification.confidence:.2f}" if record.classification else "-"
    date = record.document_date.isoformat() if record.document_date else "-"
    return [str(path), record.evidence_type or "-", confidence, date]


def _summary_line(report: ScanReport, html_path: Path, language: Language) -> str:
    missing = sum(len(unit.types_with(Coverage.MISSING)) for unit in report.units)
    outdated = sum(len(unit.types_with(Coverage.OUTDATED)) for unit in report.units)
    return label(
        "ui.demo_summary",
        language,
        documents=len(report.documents),
        units=len(report.units),
        missing=missing,
        outdated=outdated,
        html=html_path,
    )


def _cpu_count() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def _first_validation_error(error: ValueError) -> str:
    errors = getattr(error, "errors", None)
    if callable(errors):
        first = errors()[0]
        return f"{'.'.join(str(p) for p in first['loc'])}: {first['msg']}"
    return str(error)


def run_cli(app: typer.Typer, argv: Sequence[str] | None = None) -> int:
    """Run ``app`` and translate every outcome into an exit code and one stderr line."""
    command = typer.main.get_command(app)
    args = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args
    language = BuktiSettings().language
    if not args:
        args = ["--help"]
    try:
        result = command.main(args=args, prog_name="bukti", standalone_mode=False)
    except typer.Exit as done:
        return done.exit_code
    except TyperException as error:
        # Typer's usage errors (unknown option, bad value, missing argument) carry exit code 2.
        detail = error.format_message().rstrip(".")
        typer.echo(f"bukti: {render('run.bad_arguments', {'detail': detail}, language)}", err=True)
        return ExitCode.BAD_ARGUMENTS
    except typer.Abort:
        typer.echo(f"bukti: {render('run.interrupted', None, language)}", err=True)
        return ExitCode.INTERRUPTED
    except KeyboardInterrupt:
        typer.echo(f"bukti: {render('run.interrupted', None, language)}", err=True)
        return ExitCode.INTERRUPTED
    except RunError as error:
        typer.echo(f"bukti: {render(error.message_key, error.params, language)}", err=True)
        return error.exit_code
    except (BuktiError, Exception) as error:  # noqa: BLE001 - the one translator of last resort
        if debug:
            raise
        detail = type(error).__name__
        typer.echo(f"bukti: {render('error.internal', {'detail': detail}, language)}", err=True)
        return ExitCode.INTERNAL
    # click returns the exit code of --help and similar early exits.
    return result if isinstance(result, int) else ExitCode.OK
