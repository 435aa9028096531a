"""Prepare a page image for OCR: grey levels, stamp ink, photo cropping, turns, skew, size.

Tesseract's orientation detection (``--psm 0``/``1``) costs about a second per page on one
core, a third of the budget (``bench/ocr_eval.py``), so the cheap part is done here: a
projection profile says whether the text lines run across or up the page, and a page whose
lines run up it is turned by 90° before anything else is measured. Whether the level page
is upside down is told by its text lines too (:func:`is_upside_down`: Latin letters reach
above their x-height far more than below it), so a page scanned upside down or turned the
other quarter is read once, not twice; when that test cannot tell, :mod:`extractors.ocr`
still tries the half turn on a low-confidence reading. Coloured stamp ink is lightened away before Tesseract
binarises the page, the page is cut out of a phone photo and its keystone straightened, and
text far from the size Tesseract reads best is rescaled; with numpy and Pillow only.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

import numpy as np
from PIL import Image, ImageChops, ImageFilter, ImageOps

log = logging.getLogger(__name__)

# Work on a copy whose long side is about this many pixels: enough to see lines and page
# edges, cheap enough to try many angles.
_ANALYSIS_SIDE = 1000
# Skew search range and steps (degrees); phone photos are rarely held more askew.
_MAX_SKEW = 12.0
_COARSE_STEP = 0.5
_FINE_STEP = 0.1
# Text lines whose height (in pixels) lies outside this range are rescaled into it.
_LINE_HEIGHT_RANGE = (14, 60)
_LINE_HEIGHT_TARGET = 24
# Scans finer than this are read at _TARGET_DPI: on bench/ocr_eval.py's 300-dpi pages that was
# 0.5 s faster per page with the same CER on clean pages and a lower one on noisy pages and
# photos (downsampling averages scanner noise away). 200-dpi scans are never enlarged.
_TARGET_DPI = 200
_DOWNSCALE_ABOVE_DPI = 250
# A page that states at least this resolution is a scan and is never enlarged.
_MIN_SCAN_DPI = 150
# Colour ink: pixels whose channels differ by less than the first value are neutral (paper
# tint, scanner noise), by more than the second fully coloured; in between they blend.
_CHROMA_RAMP = (15, 40)
# Coloured ink is only lightened while it is the minority of the ink on the page: a page
# printed in blue is text, not a stamp.
_MAX_COLOUR_INK_SHARE = 0.5
# Upside-down test (is_upside_down). A page is turned only when the ink of its text lines
# lies below the x-height band clearly more than above it. On 432 generated pages (45
# documents, every profile of bench/ocr_eval.py --orientation) upright pages with at least
# 5 lines scored +0.19 at the lowest and pages upside down -0.31 at the highest, on a -1..+1
# scale (on 104 other pages: +0.35 and -0.27); the one upright page below -0.2 (a photo, two
# lines of text under a stamp) had 4 lines.
_UPSIDE_DOWN_SCORE = -0.2
_MIN_ORIENTATION_LINES = 5
# Lines outside this share of the page's median line height (stamps, signatures, rules
# merged with text, specks) do not vote.
_ORIENTATION_LINE_BAND = (0.7, 1.4)
# Line heights in pixels that count at all (the page has been brought to a readable size).
_ORIENTATION_LINE_PIXELS = (8, 120)
# Rows of a line at least this share of its densest row form its x-height band.
_CORE_DENSITY = 0.5


def to_grey(image: Image.Image) -> Image.Image:
    """Grey levels on white: EXIF rotation applied, transparency flattened, stamp ink lightened."""
    image = ImageOps.exif_transpose(image) or image
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        paper = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        image = Image.alpha_composite(paper, rgba)
    if image.mode in ("I;16", "I;16B", "I;16L", "I"):
        # 16-bit scans: scale to 8 bits rather than clipping.
        pixels = np.asarray(image, dtype=np.float64)
        top = pixels.max() or 1.0
        return Image.fromarray((pixels * (255.0 / top)).astype(np.uint8), mode="L")
    if image.mode in ("RGB", "RGBA", "P", "CMYK", "YCbCr", "LAB", "HSV"):
        return drop_colour_ink(image.convert("RGB"))
    return image.convert("L")


def drop_colour_ink(image: Image.Image) -> Image.Image:
    """Grey levels in which coloured ink (stamps, coloured pens) is lightened towards paper.

    A stamp in purple, blue or red ink over typed lines is the commonest reason a signed
    scan reads badly. Typed text is neutral (its channels are equal), stamp ink is not: each
    coloured pixel takes the value of its brightest channel instead of its luminance, so a
    red stamp at (180, 105, 125) becomes 180, which Tesseract's binarisation drops, while
    black text under the stamp, at about (100, 20, 40), stays dark. Pixels blend from
    luminance to brightest channel as their colourfulness rises, so JPEG colour fringes
    leave no seams. On ``bench/ocr_eval.py``'s stamped scans this lowered the mean CER from
    2.7% to 1.5% (worst page 8.7% to 3.7%).

    Coloured text is treated like a stamp, so a page whose ink is mostly coloured (a letter
    printed in blue) is left as plain luminance.

    Args:
        image: An RGB image.

    Returns:
        A grey-level image.

    """
    red, green, blue = image.split()
    brightest = ImageChops.lighter(ImageChops.lighter(red, green), blue)
    darkest = ImageChops.darker(ImageChops.darker(red, green), blue)
    low, high = _CHROMA_RAMP
    ramp = [min(255, max(0, round(255 * (c - low) / (high - low)))) for c in range(256)]
    weight = ImageChops.subtract(brightest, darkest).point(ramp)
    luminance = image.convert("L")
    if not weight.getbbox():
        return luminance
    # Ink is what is clearly darker than paper; how much of it is coloured?
    small_weight = np.asarray(weight.reduce(4))
    small_luminance = np.asarray(luminance.reduce(4))
    ink = small_luminance < min(_otsu_threshold(small_luminance), 200)
    if ink.any() and (small_weight[ink] > 127).mean() > _MAX_COLOUR_INK_SHARE:
        return luminance
    return Image.composite(brightest, luminance, weight)


def _analysis_copy(image: Image.Image) -> tuple[np.ndarray, float]:
    scale = min(1.0, _ANALYSIS_SIDE / max(image.size))
    small = (
        image
        if scale == 1.0
        else image.resize(
            (max(1, round(image.width * scale)), max(1, round(image.height * scale))), Image.Resampling.BOX
        )
    )
    # A median filter removes dust and scanner noise that would pass for ink.
    return np.asarray(small.filter(ImageFilter.MedianFilter(3)), dtype=np.uint8), scale


def _otsu_threshold(grey: np.ndarray) -> int:
    histogram = np.bincount(grey.ravel(), minlength=256).astype(np.float64)
    total = histogram.sum()
    weights = np.cumsum(histogram)
    means = np.cumsum(histogram * np.arange(256))
    with np.errstate(divide="ignore", invalid="ignore"):
        between = (means[-1] * weights - means * total) ** 2 / (weights * (total - weights))
    if np.isnan(between).all():
        # One grey level only (a blank page): nothing is darker than it, so nothing is ink.
        return int(grey.min()) if grey.size else 0
    return int(np.nanargmax(between))


def crop_page(image: Image.Image) -> Image.Image:
    """Cut a photographed page out of a darker background and straighten its keystone.

    Nothing happens unless the image border is mostly dark and a bright quadrilateral
    covering a plausible share of the image is found, so flatbed scans pass unchanged.

    Args:
        image: A grey-level image.

    Returns:
        The page alone, as a rectangle, or ``image`` itself.

    """
    grey, scale = _analysis_copy(image)
    threshold = _otsu_threshold(grey)
    bright = grey > threshold
    if bright.all() or not bright.any():
        return image
    border = np.concatenate([bright[0], bright[-1], bright[:, 0], bright[:, -1]])
    if border.mean() > 0.5 or grey[bright].mean() - grey[~bright].mean() < 40:
        return image
    # Close the text holes and drop specks of background before looking for corners.
    mask = Image.fromarray((bright * 255).astype(np.uint8)).filter(ImageFilter.MinFilter(5))
    ys, xs = np.nonzero(np.asarray(mask) > 0)
    if xs.size == 0:
        return image
    corners_small = [
        (xs[np.argmin(xs + ys)], ys[np.argmin(xs + ys)]),  # top left
        (xs[np.argmax(xs - ys)], ys[np.argmax(xs - ys)]),  # top right
        (xs[np.argmax(xs + ys)], ys[np.argmax(xs + ys)]),  # bottom right
        (xs[np.argmin(xs - ys)], ys[np.argmin(xs - ys)]),  # bottom left
    ]
    corners = [(float(x) / scale, float(y) / scale) for x, y in corners_small]
    area = _polygon_area(corners)
    share = area / (image.width * image.height)
    if not 0.25 <= share <= 0.97:
        return image
    width = round((_distance(corners[0], corners[1]) + _distance(corners[3], corners[2])) / 2)
    height = round((_distance(corners[0], corners[3]) + _distance(corners[1], corners[2])) / 2)
    target = [(0, 0), (width, 0), (width, height), (0, height)]
    coeffs = _perspective_coefficients(target, corners)
    log.debug("page cut out of photo: share %.2f, %dx%d", share, width, height)
    return image.transform((width, height), Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BICUBIC)


def _distance(a: tuple[float, float], b: tuple[float, float]) -> float:
    return float(np.hypot(a[0] - b[0], a[1] - b[1]))


def _polygon_area(points: Sequence[tuple[float, float]]) -> float:
    xs = np.array([p[0] for p in points])
    ys = np.array([p[1] for p in points])
    return float(abs(np.dot(xs, np.roll(ys, 1)) - np.dot(ys, np.roll(xs, 1))) / 2)


def _perspective_coefficients(
    destination: Sequence[tuple[float, float]], source: Sequence[tuple[float, float]]
) -> tuple[float, ...]:
    """Coefficients mapping output (``destination``) points back to input (``source``) points."""
    rows, rhs = [], []
    for (x, y), (u, v) in zip(destination, source, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs.extend([u, v])
    return tuple(float(c) for c in np.linalg.solve(np.asarray(rows, float), np.asarray(rhs, float)))


def _ink_points(image: Image.Image, limit: int = 40000) -> np.ndarray:
    grey, scale = _analysis_copy(image)
    ink = grey < min(_otsu_threshold(grey), 160)
    ys, xs = np.nonzero(ink)
    if xs.size > limit:
        pick = np.linspace(0, xs.size - 1, limit).astype(np.int64)
        xs, ys = xs[pick], ys[pick]
    return np.stack([xs, ys]).astype(np.float64)


def _alignment(points: np.ndarray, angle: float, axes: tuple[int, ...] = (0, 1)) -> float:
    """How sharply ink falls into lines when projected at ``angle`` degrees.

    Axis 0 looks for lines running across the page, axis 1 for lines running up or down it
    (a page turned by 90°); the sharper of the requested axes counts.
    """
    slope = np.tan(np.radians(angle))
    xs, ys = points
    best = 0.0
    for axis in axes:
        along, across = ((xs, ys), (ys, -xs))[axis]
        projected = np.round(across - along * slope).astype(np.int64)
        counts = np.bincount(projected - projected.min())
        best = max(best, float(np.dot(counts, counts)))
    return best


def lines_run_vertically(image: Image.Image) -> bool:
    """Whether the text lines of a page run up or down it (the page is turned by 90° or 270°).

    Lines are found by the same projection profile as skew, at the best small angle of each
    axis; the axis whose profile is clearly sharper wins. A page with too little ink to tell
    counts as level.
    """
    points = _ink_points(image)
    if points.shape[1] < 500:
        return False
    angles = np.arange(-_MAX_SKEW, _MAX_SKEW + 1e-9, 2 * _COARSE_STEP)
    across = max(_alignment(points, angle, (0,)) for angle in angles)
    upward = max(_alignment(points, angle, (1,)) for angle in angles)
    return upward > 1.15 * across


def estimate_skew(image: Image.Image) -> float:
    """Estimate the small rotation (degrees, counter-clockwise) that makes text lines level.

    A projection profile: ink pixels are projected across the lines at each candidate
    angle, and the angle whose profile is most peaked wins. Lines running up or down the
    page (a page turned by 90°) are handled by projecting along both axes.

    Args:
        image: A grey-level page.

    Returns:
        The angle to rotate by with :meth:`PIL.Image.Image.rotate`, 0.0 when unsure.

    """
    points = _ink_points(image)
    if points.shape[1] < 500:
        return 0.0
    coarse = np.arange(-_MAX_SKEW, _MAX_SKEW + 1e-9, _COARSE_STEP)
    scores = [_alignment(points, angle) for angle in coarse]
    best = float(coarse[int(np.argmax(scores))])
    fine = np.arange(best - _COARSE_STEP, best + _COARSE_STEP + 1e-9, _FINE_STEP)
    fine_scores = [_alignment(points, angle) for angle in fine]
    best = float(fine[int(np.argmax(fine_scores))])
    # A profile barely sharper than at 0° is noise, not skew.
    if max(fine_scores) < 1.03 * _alignment(points, 0.0):
        return 0.0
    # Image y grows downwards, so the slope that levels the lines is already the
    # counter-clockwise angle Pillow's rotate() needs to undo the skew.
    return best


def deskew(image: Image.Image, *, min_angle: float = 0.3) -> tuple[Image.Image, float]:
    """Rotate a page so its text lines are level; returns the image and the angle applied."""
    angle = estimate_skew(image)
    if abs(angle) < min_angle:
        return image, 0.0
    return image.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255), angle


def line_height(image: Image.Image) -> float | None:
    """Measure the median height in pixels of text lines on a level page (``None``: unclear)."""
    grey, scale = _analysis_copy(image)
    ink = grey < min(_otsu_threshold(grey), 160)
    counts = ink.sum(axis=1)
    if not counts.any():
        return None
    rows = counts > max(2.0, 0.1 * float(np.percentile(counts[counts > 0], 90)))
    # Runs of inked rows are text lines; very short runs are rules or specks.
    edges = np.flatnonzero(np.diff(np.concatenate([[0], rows.astype(np.int8), [0]])))
    heights = (edges[1::2] - edges[::2]) / scale
    heights = heights[heights >= 4 / scale]
    if heights.size < 3:
        return None
    return float(np.median(heights))


def normalise_resolution(image: Image.Image, dpi: float | None = None) -> tuple[Image.Image, float]:
    """Rescale a page whose text is much smaller or larger than Tesseract reads best.

    A page scanned finer than ``_DOWNSCALE_ABOVE_DPI`` (when its resolution is known) is
    brought down to ``_TARGET_DPI``, unless that would make its lines smaller than the
    readable range (small print); a page stating at least ``_MIN_SCAN_DPI`` is never enlarged;
    otherwise (phone photos, files without a resolution) only lines far outside the readable
    range are rescaled.

    Args:
        image: A level grey-level page.
        dpi: The scan's resolution, when the file or the PDF tells it.

    Returns:
        The image and the scale factor applied (1.0 when left alone).

    """
    height = line_height(image)
    low, high = _LINE_HEIGHT_RANGE
    if dpi and dpi > _DOWNSCALE_ABOVE_DPI and height is not None and height * _TARGET_DPI / dpi >= low:
        factor = _TARGET_DPI / dpi
    elif height is None or low <= height <= high:
        return image, 1.0
    elif height < low and dpi and dpi >= _MIN_SCAN_DPI:
        # A real scan's small print is small on paper: enlarging it only costs time (a
        # 200-dpi SOP table page went to 3500x4800 pixels and read worse).
        return image, 1.0
    else:
        factor = max(0.25, min(3.0, _LINE_HEIGHT_TARGET / height))
    size = (max(1, round(image.width * factor)), max(1, round(image.height * factor)))
    return image.resize(size, Image.Resampling.LANCZOS), factor


def scan_resolution(image: Image.Image) -> float | None:
    """The resolution a file or a PDF page render states, if it is believable (72-2400 dpi)."""
    dpi = image.info.get("dpi")
    try:
        value = float(dpi[0]) if isinstance(dpi, tuple) else float(dpi) if dpi else None
    except (TypeError, ValueError, IndexError):
        return None
    return value if value is not None and 72 <= value <= 2400 else None


def turn_level(image: Image.Image) -> tuple[Image.Image, int]:
    """Turn a page whose lines run up or down it by 90°; returns the image and the degrees.

    Which of the two quarter turns is right is not known here: a page that comes out upside
    down is turned round by :func:`turn_upright` (or, when that cannot tell, by
    :mod:`extractors.ocr` after a low-confidence reading).
    """
    if not lines_run_vertically(image):
        return image, 0
    return image.transpose(Image.Transpose.ROTATE_270), 270


def _text_line_ink(image: Image.Image) -> np.ndarray:
    """Ink of a level grey page at full resolution, with isolated specks dropped."""
    grey = np.asarray(image, dtype=np.uint8)
    ink = grey < min(_otsu_threshold(grey), 160)
    # Scanner noise and dust are single pixels that would lengthen every line's run; a
    # pixel of a letter has ink among its four neighbours. (A 3x3 median filter did the
    # same job ten times slower.)
    padded = np.pad(ink, 1)
    neighbours = padded[:-2, 1:-1].astype(np.int8) + padded[2:, 1:-1] + padded[1:-1, :-2] + padded[1:-1, 2:]
    return ink & (neighbours >= 2)


def orientation_score(image: Image.Image) -> tuple[float, int]:
    """How upright the text lines of a level page look, from -1 (upside down) to +1.

    Each text line is a run of inked rows of the horizontal projection profile; its densest
    rows are the x-height band. Ink above the band (ascenders b d h k l t, capitals, digits,
    the dots of i) outweighs ink below it (descenders g j p q y) in Latin print, Indonesian
    included despite its many "yang" and "-nya": a page turned by 180° swaps the two. The
    score is (above - below) / (above + below) summed over lines of about the page's usual
    line height, so stamps and signatures merged into a line do not vote.

    Args:
        image: A level grey-level page (after :func:`deskew`).

    Returns:
        The score, and how many lines voted.

    """
    counts = _text_line_ink(image).sum(axis=1).astype(np.float64)
    if not counts.any():
        return 0.0, 0
    rows = counts > max(2.0, 0.03 * float(np.percentile(counts[counts > 0], 90)))
    edges = np.flatnonzero(np.diff(np.concatenate([[0], rows.astype(np.int8), [0]])))
    shortest, tallest = _ORIENTATION_LINE_PIXELS
    lines = [(start, stop) for start, stop in zip(edges[::2], edges[1::2], strict=True)]
    lines = [(start, stop) for start, stop in lines if shortest <= stop - start <= tallest]
    if not lines:
        return 0.0, 0
    median = float(np.median([stop - start for start, stop in lines]))
    low, high = _ORIENTATION_LINE_BAND
    above = below = 0.0
    voters = 0
    for start, stop in lines:
        if not low * median <= stop - start <= high * median:
            continue
        profile = counts[start:stop]
        core = np.flatnonzero(profile >= _CORE_DENSITY * profile.max())
        above += float(profile[: core[0]].sum())
        below += float(profile[core[-1] + 1 :].sum())
        voters += 1
    if above + below == 0:
        return 0.0, voters
    return (above - below) / (above + below), voters


def is_upside_down(image: Image.Image) -> bool:
    """Whether a level page is clearly upside down (see :func:`orientation_score`).

    Unsure pages (few lines, no clear asymmetry) count as upright: a wrong answer here costs
    a second Tesseract pass, which the OCR step then makes anyway.
    """
    score, voters = orientation_score(image)
    return voters >= _MIN_ORIENTATION_LINES and score < _UPSIDE_DOWN_SCORE


def turn_upright(image: Image.Image) -> tuple[Image.Image, int]:
    """Turn a level page by 180° when it is clearly upside down; returns the image and the degrees."""
    if not is_upside_down(image):
        return image, 0
    return image.transpose(Image.Transpose.ROTATE_180), 180


def prepare_page(image: Image.Image) -> Image.Image:
    """Grey levels, page cut out of a photo, lines level and upright, readable size."""
    return prepare_turned_page(image)[0]


def prepare_turned_page(image: Image.Image) -> tuple[Image.Image, int]:
    """Prepare a page as :func:`prepare_page` does; also say how far it was turned.

    The order matters: line height is measured on level lines. Measured on a page turned by
    90°, a column of letters passed for one tall line and the page was shrunk to a quarter,
    which Tesseract then read as nothing. The upside-down test comes last, on lines of a
    readable size.

    Returns:
        The page, and the quarter and half turns applied to it in degrees counter-clockwise
        (0, 90, 180 or 270; the small skew correction is not counted).

    """
    page, quarter = level_page(image)
    page, half = turn_upright(page)
    return page, (quarter + half) % 360


def level_page(image: Image.Image) -> tuple[Image.Image, int]:
    """Every step of :func:`prepare_turned_page` but the upside-down test; returns the quarter turn."""
    dpi = scan_resolution(image)
    grey = to_grey(image)
    page = crop_page(grey)
    page, quarter = turn_level(page)
    page, _ = deskew(page)
    page, _ = normalise_resolution(page, dpi)
    return page, quarter
