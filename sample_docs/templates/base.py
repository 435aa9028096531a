"""Template registry and the builder every template writes through.

A template is a function ``fn(unit, effective_date, rng) -> DocumentSpec``. Templates are
declared with :func:`template`, which registers them under their evidence type and gives them
a stable ``template_id`` (``<slug>.<variant>``). The body of a template receives a
:class:`DocBuilder`: it adds blocks, formats dates (recording which ones are merely cited) and
finally calls :meth:`DocBuilder.build`.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import random
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Protocol

from sample_docs.dates import (
    MONTHS,
    OLD_MONTHS,
    DateStyle,
    add_days,
    format_style,
    format_weekday,
    pick_style,
)
from sample_docs.spec import (
    Block,
    DocumentSpec,
    Heading,
    KeyValue,
    KopSurat,
    Numbered,
    NumberStyle,
    Paragraph,
    Signature,
    Table,
    Title,
)
from sample_docs.templates.regulations import REGULATIONS
from sample_docs.units import Person, UnitProfile, format_nip, random_person, random_staff

log = logging.getLogger(__name__)


class TemplateFn(Protocol):
    """A document template: unit, effective date and randomness in, spec out."""

    template_id: str
    slug: str | None
    carrier: str

    def __call__(
        self, unit: UnitProfile, effective_date: dt.date, rng: random.Random
    ) -> DocumentSpec:  # pragma: no cover - protocol
        """Build one document."""
        ...


_REGISTRY: dict[str | None, list[TemplateFn]] = {}
_IDS: set[str] = set()

NON_EVIDENCE_PREFIX = "bukan_bukti"


def template(
    slug: str | None, variant: str, carrier: str
) -> Callable[[Callable[[DocBuilder], DocumentSpec]], TemplateFn]:
    """Declare a template body and register it.

    Args:
        slug: Evidence type, or ``None`` for a document that is not evidence.
        variant: Name of the variant, unique within the slug.
        carrier: Document form (``sk``, ``undangan``, ``laporan`` …).

    Returns:
        A decorator turning ``body(builder) -> DocumentSpec`` into a registered template.

    """
    template_id = f"{slug or NON_EVIDENCE_PREFIX}.{variant}"

    def decorate(body: Callable[[DocBuilder], DocumentSpec]) -> TemplateFn:
        if template_id in _IDS:
            raise ValueError(f"duplicate template id {template_id}")
        _IDS.add(template_id)

        @functools.wraps(body)
        def run(unit: UnitProfile, effective_date: dt.date, rng: random.Random) -> DocumentSpec:
            builder = DocBuilder(
                unit, effective_date, rng, slug=slug, template_id=template_id, carrier=carrier
            )
            return body(builder)

        run.template_id = template_id  # type: ignore[attr-defined]
        run.slug = slug  # type: ignore[attr-defined]
        run.carrier = carrier  # type: ignore[attr-defined]
        _REGISTRY.setdefault(slug, []).append(run)  # type: ignore[arg-type]
        return run  # type: ignore[return-value]

    return decorate


def registered() -> dict[str | None, list[TemplateFn]]:
    """Return the registry: slug (``None`` for non-evidence) to its templates."""
    return _REGISTRY


_MONTH_WORDS = {m.lower() for m in MONTHS} | {m.lower() for m in OLD_MONTHS.values()}
_WORD = re.compile(r"^([A-Za-z]+)([,.;:]?)$")


def add_typos(text: str, rng: random.Random, rate: float) -> str:
    """Introduce typing errors into a small share of words.

    Real evidence folders are typed in a hurry: letters get swapped, dropped or doubled. Only
    plain lower- or mixed-case words of five letters or more are touched; numbers, acronyms,
    month names and anything with digits or slashes stay intact so that dates and numbers in
    the text keep their meaning.

    Args:
        text: The text.
        rng: Source of randomness.
        rate: Probability that an eligible word gets one error.

    Returns:
        The text with errors.

    """
    if rate <= 0:
        return text
    words = text.split(" ")
    for i, word in enumerate(words):
        match = _WORD.match(word)
        if not match:
            continue
        core, punct = match.groups()
        if len(core) < 5 or core.isupper() or core.lower() in _MONTH_WORDS:
            continue
        if rng.random() >= rate:
            continue
        pos = rng.randint(1, len(core) - 2)
        kind = rng.choice(("swap", "drop", "double"))
        if kind == "swap":
            core = core[:pos] + core[pos + 1] + core[pos] + core[pos + 2 :]
        elif kind == "drop":
            core = core[:pos] + core[pos + 1 :]
        else:
            core = core[:pos] + core[pos] + core[pos:]
        words[i] = core + punct
    return " ".join(words)


def display_name(name: str, *, upper: bool) -> str:
    """Return a signer's name as printed under a signature.

    Many offices print the name in capitals while keeping academic titles as written
    (``dr. CAHYA PURNAMA, M.Kes.``).

    Args:
        name: Full name with titles.
        upper: Capitalise the name part.

    Returns:
        The printed name.

    """
    if not upper:
        return name
    core, sep, suffix = name.partition(", ")
    parts = core.split(" ")
    prefixes = []
    while parts and parts[0].endswith(".") and len(parts[0]) <= 4:
        prefixes.append(parts.pop(0))
    return " ".join([*prefixes, " ".join(parts).upper()]) + (sep + suffix if sep else "")


class DocBuilder:
    """Accumulates the blocks and ground truth of one document.

    Attributes:
        unit: The issuing unit.
        date: The effective date.
        rng: The document's source of randomness.
        slug: Evidence type or ``None``.
        template_id: Template identifier.
        carrier: Document form.
        blocks: Blocks added so far.
        ctx: Values for ``{placeholders}`` in template text (see :meth:`f`).

    """

    def __init__(
        self,
        unit: UnitProfile,
        date: dt.date,
        rng: random.Random,
        *,
        slug: str | None,
        template_id: str,
        carrier: str,
    ) -> None:
        self.unit = unit
        self.date = date
        self.rng = rng
        self.slug = slug
        self.template_id = template_id
        self.carrier = carrier
        self.blocks: list[Block] = []
        self._cited: list[dt.date] = []
        self._protected: list[str] = []
        self.eff_text: str | None = None
        self.period: tuple[int, int] | None = None
        self.reporting_year: int | None = None
        self.header_in_docx_header = rng.random() < 0.3
        self.font = rng.choices(("Times", "Helvetica", "Courier"), weights=(55, 42, 3))[0]
        self.footer_text: str | None = None
        self.page_numbers = rng.random() < 0.35
        # Most documents are typed carefully; a minority carry a sprinkling of typos.
        self.typo_rate = rng.choice((0.0, 0.0, 0.0, 0.01, 0.02, 0.03))
        self.upper_names = rng.random() < 0.6
        # Per-document layout choices shared by carriers (heading numbering and the like).
        self.state: dict[str, object] = {}
        sector = unit.sector
        self.service = rng.choice(sector.services)
        self.app = rng.choice(sector.apps)
        self.ctx: dict[str, str] = {
            "unit": unit.full_name,
            "unit_upper": unit.full_name.upper(),
            "region": unit.region,
            "city": unit.city,
            "year": str(date.year),
            "prev_year": str(date.year - 1),
            "clients": sector.clients,
            "client_phrase": sector.client_phrase,
            "field": sector.field,
            "service": self.service,
            "app": self.app,
            "head": unit.head_short,
            "inspectorate": unit.inspectorate,
            "subunit": rng.choice(sector.subunits),
        }

    # -- randomness -----------------------------------------------------------------------

    def pick(self, *options: str) -> str:
        """Return one of several phrasings."""
        return self.rng.choice(options)

    def maybe(self, p: float) -> bool:
        """Return ``True`` with probability ``p``."""
        return self.rng.random() < p

    def f(self, text: str, **extra: str) -> str:
        """Fill ``{placeholders}`` in template text from :attr:`ctx` and ``extra``."""
        return text.format_map({**self.ctx, **extra})

    def pf(self, *options: str, **extra: str) -> str:
        """Pick one phrasing and fill its placeholders."""
        return self.f(self.pick(*options), **extra)

    def sample(self, options: Sequence[str], k: int) -> list[str]:
        """Pick ``k`` distinct items (fewer if there are not enough), keeping their order."""
        k = min(k, len(options))
        idx = sorted(self.rng.sample(range(len(options)), k))
        return [options[i] for i in idx]

    def upper_or_title(self, text: str, p_upper: float = 0.6) -> str:
        """Return a title in capitals or as written, as real folders mix both."""
        return text.upper() if self.maybe(p_upper) else text

    # -- dates ----------------------------------------------------------------------------

    def eff(self, style: DateStyle | None = None, *, allow_numeric: bool = True) -> str:
        """Format the effective date and remember how it was written.

        Args:
            style: Force a style; by default one is drawn.
            allow_numeric: Allow numeric and short-month styles.

        Returns:
            The formatted effective date.

        """
        if style is None:
            style = pick_style(self.rng, allow_numeric=allow_numeric)
        text = format_style(self.date, style)
        if self.eff_text is None:
            self.eff_text = text
        return text

    def eff_weekday(self) -> str:
        """Format the effective date with its weekday (``Senin, 12 Januari 2026``)."""
        old = self.maybe(0.1)
        text = format_weekday(self.date, old_spelling=old)
        if self.eff_text is None:
            self.eff_text = text
        return text

    def cite(self, d: dt.date, style: DateStyle = DateStyle.LONG) -> str:
        """Format a date the text merely cites and record it as a trap.

        Args:
            d: The cited date; must differ from the effective date.
            style: How to write it.

        Returns:
            The formatted date.

        Raises:
            ValueError: If ``d`` equals the effective date.

        """
        if d == self.date:
            raise ValueError(f"{self.template_id}: cited date equals the effective date {d}")
        if d not in self._cited:
            self._cited.append(d)
        return format_style(d, style)

    def cite_weekday(self, d: dt.date) -> str:
        """Format a cited date with its weekday and record it."""
        self.cite(d)
        return format_weekday(d)

    def record_cited(self, d: dt.date) -> None:
        """Record a date that appears in the text in a form formatted elsewhere."""
        if d != self.date and d not in self._cited:
            self._cited.append(d)

    def earlier(self, min_days: int = 3, max_days: int = 60) -> dt.date:
        """Return a working day before the effective date (letters the document refers to)."""
        d = add_days(self.date, -self.rng.randint(min_days, max_days))
        # Offices date letters on working days; a weekend moves back to Friday.
        return d - dt.timedelta(days=max(0, d.weekday() - 4))

    def later(self, min_days: int = 2, max_days: int = 10) -> dt.date:
        """Return a working day after the effective date (meeting dates in invitations)."""
        d = add_days(self.date, self.rng.randint(min_days, max_days))
        # Moving forward to Monday keeps the date strictly after the effective date.
        return d + dt.timedelta(days=(7 - d.weekday()) % 7 if d.weekday() >= 5 else 0)

    def protect(self, text: str) -> None:
        """Keep typos out of any block containing ``text`` (a date written in words)."""
        self._protected.append(text)

    # -- people ---------------------------------------------------------------------------

    @property
    def head(self) -> Person:
        """The unit head."""
        return self.unit.head

    def nip(self, person: Person) -> str:
        """Print a person's NIP and record the birth date it contains as a cited date."""
        self.record_cited(person.birth_date)
        return format_nip(person.nip, spaced=self.rng.random() < 0.85)

    def person(self, position: str = "") -> Person:
        """Draw one staff member."""
        return random_person(self.rng, position=position)

    def staff(self, n: int) -> list[Person]:
        """Draw ``n`` distinct staff members of the unit."""
        return random_staff(self.rng, self.unit, n)

    def name(self, person: Person) -> str:
        """Return a person's name as printed under a signature."""
        return display_name(person.name, upper=self.upper_names)

    # -- common blocks --------------------------------------------------------------------

    def add(self, *blocks: Block) -> None:
        """Append blocks."""
        self.blocks.extend(blocks)

    def kop(self, p: float = 0.92) -> None:
        """Add the unit's letterhead with probability ``p``."""
        if self.maybe(p):
            lines = list(self.unit.kop_lines())
            if self.maybe(0.2):
                lines = lines[:-1]
            self.add(KopSurat(tuple(lines)))
        else:
            self.header_in_docx_header = False

    def title(self, *lines: str, underline: bool = False, size: int = 12) -> None:
        """Add centred title lines."""
        for line in lines:
            self.add(Title(line, underline=underline, size=size))

    def heading(self, text: str) -> None:
        """Add a section heading."""
        self.add(Heading(text))

    def para(self, text: str, **kw: object) -> None:
        """Add a paragraph (``kw`` as for :class:`~sample_docs.spec.Paragraph`)."""
        self.add(Paragraph(text, **kw))  # type: ignore[arg-type]

    def paras(self, texts: Iterable[str]) -> None:
        """Add several justified paragraphs."""
        for text in texts:
            self.add(Paragraph(text))

    def numbered(self, items: Sequence[str], style: NumberStyle = "1.", label: str | None = None) -> None:
        """Add a numbered list."""
        self.add(Numbered(tuple(items), style=style, label=label))

    def kv(self, rows: Sequence[tuple[str, str]], layout: str | None = None) -> None:
        """Add key/value rows (table or tab layout, drawn at random if not given)."""
        chosen = layout or ("table" if self.maybe(0.7) else "tabs")
        self.add(KeyValue(tuple(rows), layout=chosen))  # type: ignore[arg-type]

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[str]],
        *,
        font_size: int = 9,
        caption: str | None = None,
    ) -> None:
        """Add a gridded table."""
        self.add(Table(tuple(header), tuple(tuple(r) for r in rows), font_size=font_size, caption=caption))

    def reg(self, key: str, *, with_date: bool | None = None, gazette: bool = False) -> str:
        """Cite a regulation, sometimes with its enactment date (recorded as cited).

        Args:
            key: Key in :data:`~sample_docs.templates.regulations.REGULATIONS`.
            with_date: Write the enactment date; by default drawn when one is known.
            gazette: Append the gazette reference when known.

        Returns:
            The citation text.

        """
        regulation = REGULATIONS[key]
        text = regulation.text
        if with_date is None:
            with_date = regulation.enacted is not None and self.maybe(0.25)
        if with_date and regulation.enacted is not None:
            head, sep, rest = text.partition(" tentang ")
            text = f"{head} tanggal {self.cite(regulation.enacted)}{sep}{rest}"
        if gazette and regulation.gazette:
            text = f"{text} ({regulation.gazette})"
        return text

    def regs(self, keys: Sequence[str], *, gazette: bool | None = None) -> list[str]:
        """Cite several regulations, each ending with ``;`` as in a Mengingat list."""
        use_gazette = self.maybe(0.4) if gazette is None else gazette
        items = [self.reg(k, gazette=use_gazette) for k in keys]
        return [item + ";" for item in items[:-1]] + [item + "." for item in items[-1:]]

    def org_regulation(self) -> str:
        """Cite the regulation that sets up the unit's organisation (its SOTK)."""
        unit = self.unit
        year = self.rng.randint(2019, 2023)
        number = self.rng.randint(8, 98)
        if unit.is_pemda:
            level = unit.region.split(" ")[0]
            head = {"Kabupaten": "Bupati", "Kota": "Wali Kota", "Provinsi": "Gubernur"}[level]
            place = unit.region.split(" ", 1)[1]
            about = unit.full_name.replace(f" {unit.region}", "")
            return (
                f"Peraturan {head} {place} Nomor {number} Tahun {year} tentang Kedudukan, Susunan "
                f"Organisasi, Tugas, Fungsi dan Tata Kerja {about}"
            )
        if unit.nomor_style == "kemenag":
            return (
                "Peraturan Menteri Agama Nomor 19 Tahun 2019 tentang Organisasi dan Tata Kerja Instansi "
                "Vertikal Kementerian Agama"
            )
        if unit.nomor_style == "bps":
            return (
                "Peraturan Badan Pusat Statistik Nomor 7 Tahun 2020 tentang Organisasi dan Tata Kerja "
                "Badan Pusat Statistik Provinsi dan Badan Pusat Statistik Kabupaten/Kota"
            )
        return (
            "Peraturan Menteri Agraria dan Tata Ruang/Kepala Badan Pertanahan Nasional Nomor 16 Tahun 2022 "
            "tentang Organisasi dan Tata Kerja Kantor Wilayah Badan Pertanahan Nasional dan Kantor "
            "Pertanahan"
        )

    def sign_letter(
        self,
        *,
        person: Person | None = None,
        position: str | None = None,
        dated: bool = True,
        caption: str | None = None,
        align: str = "right",
        style: DateStyle | None = None,
    ) -> Signature:
        """Build a letter/report signature (``Sleman, 12 Januari 2026`` above the position).

        Args:
            person: Signer; the unit head by default.
            position: Printed position; the head's title by default.
            dated: Write the place and effective date above the position.
            caption: Line(s) above the position (``Mengetahui,``).
            align: Horizontal placement.
            style: Date style.

        Returns:
            The signature block (not yet added).

        """
        person = person or self.head
        pos = position or (self.unit.head_title if person == self.head else person.position)
        date_text = self.eff(style) if dated else None
        return Signature(
            place=self.unit.city if dated else None,
            date_text=date_text,
            position=pos + ("," if not pos.endswith(",") else ""),
            name=self.name(person),
            nip=self.nip(person),
            rank=person.rank if self.maybe(0.3) else None,
            caption=caption,
            align=align,  # type: ignore[arg-type]
        )

    def sign_decree(self, style: DateStyle | None = None) -> Signature:
        """Build the decree signature (``Ditetapkan di X`` / ``pada tanggal …``)."""
        head = self.head
        date_text = self.eff(style if style is not None else pick_style(self.rng, allow_numeric=False))
        return Signature(
            place=self.unit.city,
            date_text=date_text,
            position=self.unit.head_title + ",",
            name=self.name(head),
            nip=self.nip(head),
            prefix="Ditetapkan di",
            rank=head.rank if self.maybe(0.35) else None,
        )

    def sign_plain(
        self, person: Person | None = None, position: str | None = None, caption: str | None = None
    ) -> Signature:
        """Build an undated signature (a lampiran page, a co-signer)."""
        return self.sign_letter(person=person, position=position, dated=False, caption=caption)

    # -- finish ---------------------------------------------------------------------------

    def build(self, title: str) -> DocumentSpec:
        """Finish the document.

        Applies typos to running text (never to a block holding the effective date or the
        title) and checks that the effective date was written somewhere.

        Args:
            title: The title as it appears in the text.

        Returns:
            The finished spec.

        Raises:
            ValueError: If an evidence document never wrote its effective date.

        """
        if self.eff_text is None:
            raise ValueError(f"{self.template_id}: the effective date was never written")
        blocks = [self._typo(block, title) for block in self.blocks]
        return DocumentSpec(
            blocks=tuple(blocks),
            slug=self.slug,
            effective_date=self.date,
            effective_date_text=self.eff_text,
            title=title,
            unit_name=self.unit.name,
            template_id=self.template_id,
            carrier=self.carrier,
            cited_dates=tuple(d for d in self._cited if d != self.date),
            header_in_docx_header=self.header_in_docx_header,
            period=self.period,
            reporting_year=self.reporting_year,
            font=self.font,
            footer_text=self.footer_text,
            page_numbers=self.page_numbers,
        )

    def _typo(self, block: Block, title: str) -> Block:
        if self.typo_rate <= 0:
            return block
        protected = [t for t in (self.eff_text, title, *self._protected) if t]
        if isinstance(block, Paragraph):
            if any(t in block.text for t in protected):
                return block
            return Paragraph(
                add_typos(block.text, self.rng, self.typo_rate), block.bold, block.align, block.indent_first
            )
        if isinstance(block, Numbered) and block.label is None and block.style != "KESATU":
            # Labelled lists (Menimbang, Mengingat) and decree diktum are copied from earlier
            # decrees rather than typed afresh, so they keep their wording.
            items = tuple(
                item if any(t in item for t in protected) else add_typos(item, self.rng, self.typo_rate)
                for item in block.items
            )
            return Numbered(items, block.style, block.label)
        return block
