"""Reading TOML data files from content/ with one clear error naming the file and field."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from wizard.errors import ContentError

M = TypeVar("M", bound=BaseModel)


def read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        raise ContentError(
            {"en": f"{path}: file not found", "nl": f"{path}: bestand niet gevonden"}
        ) from None
    except tomllib.TOMLDecodeError as exc:
        raise ContentError(
            {"en": f"{path}: not valid TOML ({exc})", "nl": f"{path}: geen geldige TOML ({exc})"}
        ) from None


def parse(model: type[M], data: dict[str, Any], path: Path) -> M:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        field = ".".join(str(p) for p in err["loc"]) or "(top)"
        msg = err["msg"]
        raise ContentError(
            {"en": f"{path.name}: field '{field}': {msg}",
             "nl": f"{path.name}: veld '{field}': {msg}"}
        ) from None
