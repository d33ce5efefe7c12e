"""Pydantic models of the point catalogue, routines and sessions.

Pure data: no Qt, no clock reads, no file I/O. Loading and error reporting live in
:mod:`acupress_gui.domain.catalog`; files are read by :mod:`acupress_gui.storage`.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

#: Bounds of a step's settings. The builder, the importer and the catalogue share them.
HOLD_SECONDS = (3, 300)
REST_SECONDS = (0, 120)
REPETITIONS = (1, 10)
PREPARE_SECONDS = (0, 60)
#: Time to find the point before the first hold of a step, unless the step says otherwise.
DEFAULT_PREPARE_SECONDS = 5

PointId = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}\d{1,2}$")]
NonEmpty = Annotated[str, StringConstraints(min_length=1, strip_whitespace=True)]


class Frozen(BaseModel):
    """Base of every model: immutable, unknown fields rejected."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Laterality(StrEnum):
    """Whether a point exists on both sides of the body or once on the midline."""

    BILATERAL = "bilateral"
    MIDLINE = "midline"


class Sides(StrEnum):
    """Which side(s) a routine step works on."""

    BOTH = "both"
    LEFT = "left"
    RIGHT = "right"


class Side(StrEnum):
    """The side a single hold is done on."""

    LEFT = "left"
    RIGHT = "right"
    MIDLINE = "midline"


CautionKind = Literal[
    "pregnancy", "pressure", "skin", "nerve", "blood_pressure", "partner", "general"
]


class Caution(Frozen):
    """A warning shown before a point (or in the general safety notice)."""

    kind: CautionKind
    text: NonEmpty
    sources: list[NonEmpty] = Field(default_factory=list)


class PointNames(Frozen):
    """Names of a point as the sources give them."""

    pinyin: str | None = None
    english: str | None = None


class Marker(Frozen):
    """Where a point lies on its illustration, in 0..1 of the image's viewBox."""

    side: Side
    x: float = Field(ge=0.0, le=1.0)
    y: float = Field(ge=0.0, le=1.0)


class Point(Frozen):
    """One acupressure point and how to work it."""

    id: PointId
    aliases: list[NonEmpty] = Field(default_factory=list)
    names: PointNames = PointNames()
    meridian: NonEmpty
    region: NonEmpty
    laterality: Laterality
    location: NonEmpty
    technique: list[NonEmpty] = Field(min_length=1)
    hold_seconds: int = Field(ge=HOLD_SECONDS[0], le=HOLD_SECONDS[1])
    rest_seconds: int = Field(ge=REST_SECONDS[0], le=REST_SECONDS[1])
    repetitions: int = Field(ge=REPETITIONS[0], le=REPETITIONS[1])
    self_applicable: bool
    partner_alternative: str | None = None
    position: str | None = None
    indications: list[NonEmpty] = Field(min_length=1)
    cautions: list[Caution] = Field(default_factory=list)
    sources: list[NonEmpty] = Field(min_length=1)
    image: NonEmpty
    markers: list[Marker] = Field(min_length=1)
    note: str | None = None

    @property
    def display_name(self) -> str:
        """The English name if known, else the pinyin, else meridian and number."""
        if self.names.english or self.names.pinyin:
            return self.names.english or self.names.pinyin or self.id
        number = "".join(ch for ch in self.id if ch.isdigit())
        return f"{self.meridian} {number}"

    @property
    def has_pregnancy_caution(self) -> bool:
        """True when a source warns against this point in pregnancy."""
        return any(c.kind == "pregnancy" for c in self.cautions)

    def marker_for(self, side: Side) -> Marker | None:
        """The marker for one side (midline points have a single marker)."""
        for marker in self.markers:
            if marker.side == side:
                return marker
        return None


class Step(Frozen):
    """One point in a routine, with its own timings."""

    point: PointId
    hold_seconds: int = Field(ge=HOLD_SECONDS[0], le=HOLD_SECONDS[1])
    rest_seconds: int = Field(ge=REST_SECONDS[0], le=REST_SECONDS[1])
    repetitions: int = Field(ge=REPETITIONS[0], le=REPETITIONS[1])
    sides: Sides = Sides.BOTH
    prepare_seconds: int = Field(
        default=DEFAULT_PREPARE_SECONDS, ge=PREPARE_SECONDS[0], le=PREPARE_SECONDS[1]
    )


class Routine(Frozen):
    """An ordered list of steps with a name."""

    id: NonEmpty
    name: NonEmpty
    description: str = ""
    steps: list[Step] = Field(default_factory=list)
    sources: list[NonEmpty] = Field(default_factory=list)
    builtin: bool = False


class Illustration(Frozen):
    """One body-region drawing in resources/images/.

    Drawings of a single limb show the right one; the left side is shown by mirroring the
    drawing horizontally (``mirror_for_left``), and the left marker is stored in the mirrored
    image's coordinates, so a marker is always where it is drawn.
    """

    file: NonEmpty
    title: NonEmpty
    view: Literal["back", "front", "side", "top"]
    mirror_for_left: bool = False


class Catalog(Frozen):
    """The whole of resources/points.json."""

    schema_version: Literal[1]
    general_cautions: list[Caution] = Field(min_length=1)
    illustrations: list[Illustration] = Field(min_length=1)
    points: list[Point] = Field(min_length=1)
    routines: list[Routine] = Field(default_factory=list)

    def point(self, point_id: str) -> Point | None:
        """The point with this id, or None."""
        for point in self.points:
            if point.id == point_id:
                return point
        return None
