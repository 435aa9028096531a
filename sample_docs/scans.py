"""Turn document text into realistic scans and phone photos with known ground truth.

OCR is measured against text we wrote ourselves: :func:`render_text_pages` lays plain text
out on A4 pages (so the exact text of every page is known), :func:`rasterize_pdf` turns a
born-digital PDF into page images, and :func:`degrade` makes a page look scanned or
photographed (noise, blur, rotation and skew, stamps and signatures over the text, JPEG
artefacts, a phone photo's perspective and uneven light). The writers store the pages as an
image-only PDF, a (multi-page) TIFF, PNG or JPEG.

Everything is a pure function of its arguments and a seed: the same call gives the same
pixels. Only Pillow and numpy are used; fonts come from reportlab's bundled Type 1 files so
no system font is needed.
"""

from __future__ import annotations

import logging
import math
import random
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import reportlab
from PIL import Image, ImageDraw, ImageFilter, ImageFont

log = logging.getLogger(__name__)

A4_INCHES = (8.27, 11.69)
_FONT_DIR = Path(reportlab.__file__).parent / "fonts"
# reportlab's Type 1 outlines: Times, Arial/Helvetica and Courier metrics-compatible faces.
FONTS = {
    "times": _FONT_DIR / "_er_____.pfb",
    "times-bold": _FONT_DIR / "_eb_____.pfb",
    "arial": _FONT_DIR / "_a______.pfb",
    "courier": _FONT_DIR / "com_____.pfb",
}
STAMP_COLOURS = ((88, 40, 150), (30, 60, 160), (150, 30, 60))
INK_COLOURS = ((20, 30, 120), (15, 15, 20), (10, 40, 90))


@dataclass(frozen=True)
class ScanProfile:
    """How a page is degraded; every field is a knob a real scanner or phone turns.

    Attributes:
        name: The profile's name in benchmarks and tests.
        quarter_turns: Rotation in multiples of 90° counter-clockwise (2 is upside down).
        skew_degrees: Largest extra rotation, drawn from ±skew_degrees.
        noise: Standard deviation of Gaussian pixel noise (0–255 scale).
        specks: Fraction of pixels turned into dust specks.
        blur: Gaussian blur radius in pixels.
        jpeg_quality: JPEG round-trip quality, or ``None`` for none.
        stamp: Put an ink stamp over the lower text.
        signature: Scribble a signature over the lower text.
        photo: Photograph the page: perspective, background, uneven light.
        grayscale: Store the result in grey levels (a typical office scanner setting).

    """

    name: str
    quarter_turns: int = 0
    skew_degrees: float = 0.0
    noise: float = 0.0
    specks: float = 0.0
    blur: float = 0.0
    jpeg_quality: int | None = None
    stamp: bool = False
    signature: bool = False
    photo: bool = False
    grayscale: bool = True


PROFILES: dict[str, ScanProfile] = {
    profile.name: profile
    for profile in (
        ScanProfile("clean"),
        ScanProfile("noisy", noise=14.0, specks=0.002, blur=0.8, jpeg_quality=60, skew_degrees=1.5),
        ScanProfile("rotated", quarter_turns=1, skew_degrees=2.0, noise=6.0, jpeg_quality=80),
        ScanProfile("upside_down", quarter_turns=2, skew_degrees=1.0, noise=6.0, jpeg_quality=80),
        ScanProfile("stamped", stamp=True, signature=True, noise=6.0, jpeg_quality=75, grayscale=False),
        ScanProfile(
            "photo",
            photo=True,
            skew_degrees=4.0,
            noise=5.0,
            blur=0.7,
            jpeg_quality=70,
            stamp=True,
            signature=True,
            grayscale=False,
        ),
    )
}


@dataclass(frozen=True)
class ScanPage:
    """One rendered page and the exact text printed on it."""

    image: Image.Image
    text: str


def render_text_pages(
    text: str,
    *,
    dpi: int = 200,
    font: str = "times",
    font_size: float = 11.0,
    margin_inches: float = 1.0,
) -> list[ScanPage]:
    r"""Lay plain text out on white A4 pages, one text line per printed line.

    Long lines are wrapped at word boundaries to the text width; the ground truth of each
    page is the wrapped lines it holds, so OCR output can be compared line for line.

    Args:
        text: The document text; ``\\n`` separates lines, blank lines are kept as space.
        dpi: Resolution of the page images.
        font: A key of :data:`FONTS`.
        font_size: Font size in points.
        margin_inches: Page margin on every side.

    Returns:
        Grey-level pages, at least one.

    """
    face = ImageFont.truetype(str(FONTS[font]), round(font_size * dpi / 72))
    width, height = (round(side * dpi) for side in A4_INCHES)
    margin = round(margin_inches * dpi)
    line_height = round(font_size * 1.45 * dpi / 72)
    lines = _wrap_lines(text, face, width - 2 * margin)
    per_page = max(1, (height - 2 * margin) // line_height)
    pages: list[ScanPage] = []
    for start in range(0, max(len(lines), 1), per_page):
        chunk = lines[start : start + per_page]
        image = Image.new("L", (width, height), 255)
        draw = ImageDraw.Draw(image)
        for row, line in enumerate(chunk):
            draw.text((margin, margin + row * line_height), line, fill=0, font=face)
        pages.append(ScanPage(image=image, text="\n".join(line for line in chunk if line.strip())))
    return pages


def _wrap_lines(text: str, face: ImageFont.FreeTypeFont, max_width: int) -> list[str]:
    lines: list[str] = []
    for raw in text.splitlines():
        line = " ".join(raw.split())
        if not line:
            lines.append("")
            continue
        words = line.split(" ")
        current = words[0]
        for word in words[1:]:
            candidate = f"{current} {word}"
            if face.getlength(candidate) <= max_width:
                current = candidate
            else:
                lines.append(current)
                current = word
        # A single word wider than the page is cut hard rather than overflowing.
        while face.getlength(current) > max_width and len(current) > 1:
            cut = max(1, int(len(current) * max_width / face.getlength(current)))
            lines.append(current[:cut])
            current = current[cut:]
        lines.append(current)
    return lines


def rasterize_pdf(data: bytes, *, dpi: int = 200, max_pages: int | None = None) -> list[Image.Image]:
    """Render every page of a PDF to a grey-level image, as a flatbed scanner would.

    Args:
        data: The PDF's bytes.
        dpi: Scan resolution.
        max_pages: Render at most this many pages.

    Returns:
        One image per page.

    """
    document = pdfium.PdfDocument(data)
    try:
        count = len(document) if max_pages is None else min(len(document), max_pages)
        images = []
        for index in range(count):
            page = document[index]
            try:
                bitmap = page.render(scale=dpi / 72, grayscale=True)
                images.append(bitmap.to_pil().convert("L"))
            finally:
                page.close()
        return images
    finally:
        document.close()


def degrade(page: Image.Image, profile: ScanProfile, *, seed: int, dpi: int = 200) -> Image.Image:
    """Make a clean page image look scanned or photographed according to ``profile``.

    Args:
        page: A clean page (any mode).
        profile: What to do to it.
        seed: Makes the result reproducible.
        dpi: Resolution of ``page`` (sizes of stamps and specks follow it).

    Returns:
        The degraded page, grey-level or RGB.

    """
    rng = random.Random(seed)
    noise_rng = np.random.default_rng(seed)
    image = page.convert("RGB")
    if profile.stamp:
        image = _add_stamp(image, rng, dpi)
    if profile.signature:
        image = _add_signature(image, rng, dpi)
    if profile.photo:
        image = _photograph(image, rng, noise_rng)
    angle = rng.uniform(-profile.skew_degrees, profile.skew_degrees) if profile.skew_degrees else 0.0
    angle += 90 * profile.quarter_turns
    if angle:
        fill = (255, 255, 255) if not profile.photo else _background_colour(rng)
        image = image.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=fill)
    if profile.blur:
        image = image.filter(ImageFilter.GaussianBlur(profile.blur))
    if profile.grayscale:
        image = image.convert("L")
    image = _add_noise(image, noise_rng, profile.noise, profile.specks)
    if profile.jpeg_quality is not None:
        image = _jpeg_round_trip(image, profile.jpeg_quality)
    return image


def _add_noise(image: Image.Image, rng: np.random.Generator, sigma: float, specks: float) -> Image.Image:
    if not sigma and not specks:
        return image
    pixels = np.asarray(image, dtype=np.float32)
    if sigma:
        pixels = pixels + rng.normal(0.0, sigma, pixels.shape).astype(np.float32)
    if specks:
        mask = rng.random(pixels.shape[:2]) < specks
        pixels[mask] = 30.0
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), mode=image.mode)


def _jpeg_round_trip(image: Image.Image, quality: int) -> Image.Image:
    from io import BytesIO

    buffer = BytesIO()
    image.save(buffer, "JPEG", quality=quality)
    buffer.seek(0)
    with Image.open(buffer) as decoded:
        return decoded.convert(image.mode)


def _lowest_text_row(image: Image.Image) -> int:
    """Find the last row with ink, so stamps land on text rather than on the empty margin."""
    grey = np.asarray(image.convert("L").reduce(4))
    rows = np.nonzero((grey < 128).sum(axis=1))[0]
    return int(rows[-1]) * 4 if rows.size else image.height // 2


def _add_stamp(image: Image.Image, rng: random.Random, dpi: int) -> Image.Image:
    """Press a round office stamp in translucent ink over the lowest lines of text."""
    radius = round(0.65 * dpi)
    size = 2 * radius + 8
    colour = rng.choice(STAMP_COLOURS)
    layer = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    alpha = rng.randint(120, 180)
    ink = (*colour, alpha)
    centre = size // 2
    for ring, width in ((radius, max(3, dpi // 50)), (round(radius * 0.72), max(2, dpi // 90))):
        draw.ellipse((centre - ring, centre - ring, centre + ring, centre + ring), outline=ink, width=width)
    face = ImageFont.truetype(str(FONTS["arial"]), round(0.11 * dpi))
    for text, dy in (("PEMERINTAH", -0.25), ("CAP DINAS", 0.0), ("RESMI", 0.25)):
        draw.text((centre, centre + dy * radius), text, fill=ink, font=face, anchor="mm")
    layer = layer.rotate(rng.uniform(-30, 30), resample=Image.Resampling.BICUBIC)
    bottom = _lowest_text_row(image)
    x = rng.randint(image.width // 3, max(image.width // 3, image.width - size - dpi // 2))
    y = max(0, min(bottom - size // 2 - rng.randint(0, dpi // 2), image.height - size))
    result = image.copy()
    result.paste(layer, (x, y), layer)
    return result


def _add_signature(image: Image.Image, rng: random.Random, dpi: int) -> Image.Image:
    """Scribble a pen signature (a few looping strokes) across the lowest lines of text."""
    result = image.copy()
    draw = ImageDraw.Draw(result)
    colour = rng.choice(INK_COLOURS)
    bottom = _lowest_text_row(image)
    x0 = rng.randint(image.width // 2, max(image.width // 2, image.width - round(1.8 * dpi)))
    y0 = max(dpi // 2, bottom - rng.randint(dpi // 8, dpi // 2))
    points = []
    steps = 120
    loops = rng.uniform(3.0, 5.0)
    for step in range(steps):
        t = step / steps
        x = x0 + t * 1.4 * dpi + 0.12 * dpi * math.sin(2 * math.pi * loops * t + rng.uniform(-0.1, 0.1))
        y = y0 + 0.18 * dpi * math.sin(2 * math.pi * loops * t * 0.5) * math.cos(2 * math.pi * t)
        points.append((x, y))
    draw.line(points, fill=colour, width=max(2, dpi // 70), joint="curve")
    return result


def _background_colour(rng: random.Random) -> tuple[int, int, int]:
    base = rng.randint(60, 110)
    return (base + 20, base + 10, base)


def _photograph(image: Image.Image, rng: random.Random, noise_rng: np.random.Generator) -> Image.Image:
    """Photograph the page on a desk from a slight angle, with light falling off across it."""
    width, height = image.size
    shade = np.linspace(rng.uniform(0.78, 0.88), 1.0, width, dtype=np.float32)
    if rng.random() < 0.5:
        shade = shade[::-1]
    vertical = np.linspace(1.0, rng.uniform(0.85, 0.95), height, dtype=np.float32)[:, None]
    tint = np.array([1.0, 0.97, 0.9], dtype=np.float32)
    pixels = np.asarray(image, dtype=np.float32) * (shade[None, :, None] * vertical[..., None]) * tint
    lit = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), mode="RGB")
    pad_x, pad_y = round(width * 0.08), round(height * 0.06)
    canvas_size = (width + 2 * pad_x, height + 2 * pad_y)
    jitter = lambda span: rng.uniform(-span, span)  # noqa: E731 - local shorthand
    # Where the page's corners land on the photo: a keystone plus a little wobble.
    squeeze = rng.uniform(0.02, 0.05) * width
    corners = [
        (pad_x + squeeze + jitter(pad_x * 0.3), pad_y + jitter(pad_y * 0.3)),
        (pad_x + width - squeeze + jitter(pad_x * 0.3), pad_y + jitter(pad_y * 0.3)),
        (pad_x + width + jitter(pad_x * 0.3), pad_y + height + jitter(pad_y * 0.3)),
        (pad_x + jitter(pad_x * 0.3), pad_y + height + jitter(pad_y * 0.3)),
    ]
    source = [(0, 0), (width, 0), (width, height), (0, height)]
    coeffs = perspective_coefficients(corners, source)
    warped = lit.transform(canvas_size, Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BICUBIC)
    mask = Image.new("L", lit.size, 255).transform(
        canvas_size, Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BILINEAR
    )
    background = np.full((canvas_size[1], canvas_size[0], 3), _background_colour(rng), dtype=np.float32)
    background += noise_rng.normal(0.0, 8.0, background.shape).astype(np.float32)
    photo = Image.fromarray(np.clip(background, 0, 255).astype(np.uint8), mode="RGB")
    photo.paste(warped, (0, 0), mask)
    return photo


def perspective_coefficients(
    destination: Sequence[tuple[float, float]], source: Sequence[tuple[float, float]]
) -> tuple[float, ...]:
    """Coefficients for ``Image.transform(..., PERSPECTIVE)`` mapping ``destination`` to ``source``.

    Pillow's perspective transform maps each output pixel back to an input pixel, so the
    equations are set up from the destination quad (output) to the source quad (input).

    Args:
        destination: Four corners in the output image.
        source: The same four corners in the input image.

    Returns:
        The eight coefficients ``a..h``.

    """
    rows = []
    rhs = []
    for (x, y), (u, v) in zip(destination, source, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs.extend([u, v])
    solution = np.linalg.solve(np.asarray(rows, dtype=np.float64), np.asarray(rhs, dtype=np.float64))
    return tuple(float(value) for value in solution)


def scan_text(
    text: str, profile: ScanProfile | str, *, seed: int, dpi: int = 200, font: str = "times"
) -> list[ScanPage]:
    """Render ``text`` and degrade every page with ``profile``; ground truth stays per page.

    Args:
        text: Plain document text.
        profile: A :class:`ScanProfile` or the name of one in :data:`PROFILES`.
        seed: Makes the result reproducible (page ``i`` uses ``seed + i``).
        dpi: Scan resolution.
        font: A key of :data:`FONTS`.

    Returns:
        One degraded page per rendered page.

    """
    chosen = PROFILES[profile] if isinstance(profile, str) else profile
    pages = render_text_pages(text, dpi=dpi, font=font)
    return [
        replace(page, image=degrade(page.image, chosen, seed=seed + index, dpi=dpi))
        for index, page in enumerate(pages)
    ]


def write_image_pdf(images: Sequence[Image.Image], path: Path, *, dpi: int = 200) -> Path:
    """Store page images as a PDF with no text layer, as a scanner's "scan to PDF" does."""
    first, *rest = [image.convert("RGB") if image.mode not in ("L", "RGB") else image for image in images]
    first.save(path, "PDF", resolution=float(dpi), save_all=True, append_images=rest)
    return path


def write_mixed_pdf(
    born_digital: bytes, images: dict[int, Image.Image], path: Path, *, dpi: int = 200
) -> Path:
    """Store a PDF whose pages ``images`` are replaced by scans and the rest keep their text.

    Args:
        born_digital: A PDF with a text layer on every page.
        images: Page index to the scanned image that replaces it.
        path: Where to write the result.
        dpi: Resolution of the images.

    Returns:
        ``path``.

    """
    from io import BytesIO

    document = pdfium.PdfDocument(born_digital)
    try:
        for index, image in sorted(images.items()):
            buffer = BytesIO()
            image.convert("RGB").save(buffer, "PDF", resolution=float(dpi))
            scanned = pdfium.PdfDocument(buffer.getvalue())
            try:
                document.del_page(index)
                document.import_pages(scanned, [0], index)
            finally:
                scanned.close()
        with path.open("wb") as handle:
            document.save(handle)
    finally:
        document.close()
    return path


def write_tiff(images: Sequence[Image.Image], path: Path, *, dpi: int = 200) -> Path:
    """Store page images as one (multi-page) TIFF, losslessly compressed."""
    # Fresh copies: an image that went through a JPEG round trip keeps the JPEG encoder's
    # settings in ``encoderconfig``, which the TIFF encoder then chokes on.
    first, *rest = [Image.fromarray(np.asarray(image)) for image in images]
    first.save(path, "TIFF", save_all=True, append_images=rest, dpi=(dpi, dpi), compression="tiff_deflate")
    return path


def write_image(image: Image.Image, path: Path, *, dpi: int | None = 200, quality: int = 85) -> Path:
    """Store one page as PNG or JPEG, chosen by the suffix of ``path``.

    Args:
        image: The page.
        path: Target file; ``.jpg``/``.jpeg`` gives JPEG, anything else PNG.
        dpi: Resolution written into the file, or ``None`` for none (as many phones do).
        quality: JPEG quality.

    Returns:
        ``path``.

    """
    extra = {"dpi": (dpi, dpi)} if dpi else {}
    if path.suffix.lower() in (".jpg", ".jpeg"):
        image.convert("RGB" if image.mode != "L" else "L").save(path, "JPEG", quality=quality, **extra)
    else:
        image.save(path, "PNG", **extra)
    return path


def sample_text(width: int = 70) -> str:
    """Return a short Indonesian decree text, for tests that need a page without the templates."""
    paragraphs = (
        "PEMERINTAH KABUPATEN SLEMAN",
        "DINAS KESEHATAN",
        "KEPUTUSAN KEPALA DINAS KESEHATAN KABUPATEN SLEMAN",
        "NOMOR 800/123/2026",
        "TENTANG PEMBENTUKAN TIM PEMBANGUNAN ZONA INTEGRITAS MENUJU WILAYAH BEBAS DARI KORUPSI",
        "Menimbang bahwa dalam rangka mewujudkan birokrasi yang bersih dan melayani perlu "
        "dibentuk tim pembangunan zona integritas di lingkungan Dinas Kesehatan.",
        "Ditetapkan di Sleman pada tanggal 12 Januari 2026",
        "KEPALA DINAS KESEHATAN KABUPATEN SLEMAN",
    )
    return "\n".join(textwrap.fill(paragraph, width) for paragraph in paragraphs)
