"""Pydantic models of the point catalogue, routines and sessions.

Pure data: no Qt, no clock reads, no file I/O. Loading and error reporting live in
:mod:`acupress_gui.domain.catalog`; files are read by :mod:`acupress_gui.storage`.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
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
#: Id of a source article in the catalogue's ``sources`` table, e.g. ``wikihow-back-pain``.
SourceId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
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

#: Where a caution comes from: ``article`` = the source articles it cites say it;
#: ``standard`` = commonly given advice of standard acupressure and acupuncture safety
#: references, written in the catalogue's own words and citing no article.
CautionOrigin = Literal["article", "standard"]


class BodyPosition(StrEnum):
    """How the person lies or sits for a point, as the sources describe it."""

    LYING_ON_BACK = "lying_on_back"
    SEATED = "seated"
    LYING_ON_ABDOMEN = "lying_on_abdomen"
    STANDING = "standing"


class Caution(Frozen):
    """A warning shown before a point (or in the general safety notice).

    ``source`` says whose words these are: ``article`` cautions cite source ids in
    ``sources``; ``standard`` cautions cite none (standard safety references, own words).
    """

    kind: CautionKind
    text: NonEmpty
    source: CautionOrigin
    sources: list[SourceId] = Field(default_factory=list)


class Source(Frozen):
    """One source article of the catalogue: a saved web page in the seed folder.

    Only what the saved text shows is recorded: ``publisher``, ``author`` and the dates are
    None where the text does not give them. ``title_in_text`` is False when the saved text has
    no title line and ``title`` only describes the article.
    """

    id: SourceId
    file: NonEmpty
    title: NonEmpty
    title_in_text: bool = True
    publisher: str | None = None
    author: str | None = None
    published: datetime.date | None = None
    updated: datetime.date | None = None
    curator_note: str | None = None
    """For the people who keep the catalogue; not for users."""

    @property
    def latest_date(self) -> datetime.date | None:
        """The last date the text gives: updated, else published, else None."""
        return self.updated or self.published


class StandardReference(Frozen):
    """The standard the point names and ``standard_location`` sentences follow.

    It is not a source article: facts from it are written in the catalogue's own words.
    """

    title: NonEmpty
    publisher: NonEmpty
    year: int
    curator_note: str | None = None


class StandardName(Frozen):
    """A point's name in the standard: pinyin without tone marks, and Chinese characters."""

    pinyin: NonEmpty
    characters: NonEmpty


class SourceLabel(Frozen):
    """A name a source article gives the point (shown as "also called ... in <title>")."""

    label: NonEmpty
    sources: list[SourceId] = Field(min_length=1)


class PointNames(Frozen):
    """Names of a point.

    ``standard`` is the name in the standard (:attr:`Catalog.standard`); ``english`` is an
    English name a source gives; ``source_labels`` are the names the source articles use
    where they differ from the standard name, each with the articles that use it.
    """

    standard: StandardName | None = None
    english: str | None = None
    source_labels: list[SourceLabel] = Field(default_factory=list)

    @property
    def pinyin(self) -> str | None:
        """The standard pinyin name (e.g. ``Hegu`` for LI4), or None."""
        return self.standard.pinyin if self.standard else None

    @property
    def characters(self) -> str | None:
        """The Chinese characters of the standard name (e.g. 合谷), or None."""
        return self.standard.characters if self.standard else None


class Marker(Frozen):
    """Where a point lies on its illustration, in 0..1 of the image's viewBox."""

    side: Side
    x: float = Field(ge=0.0, le=1.0)
    y: float = Field(ge=0.0, le=1.0)


class Point(Frozen):
    """One acupressure point and how to work it.

    ``location`` is the location as the sources describe it; ``standard_location`` (where
    the sources are vaguer than or disagree with the standard) says in plain words where the
    standard puts the point, and the markers show that place. ``position`` is free text for
    display; ``body_position`` is the position the sources ask for when the person works the
    point, ``helper_body_position`` the one when a helper presses (None: as
    ``body_position``). ``helper_technique`` is addressed to the helper. ``curator_note`` is
    for the people who keep the catalogue and is not for users.
    """

    id: PointId
    aliases: list[NonEmpty] = Field(default_factory=list)
    names: PointNames = PointNames()
    meridian: NonEmpty
    region: NonEmpty
    laterality: Laterality
    location: NonEmpty
    standard_location: str | None = None
    technique: list[NonEmpty] = Field(min_length=1)
    hold_seconds: int = Field(ge=HOLD_SECONDS[0], le=HOLD_SECONDS[1])
    rest_seconds: int = Field(ge=REST_SECONDS[0], le=REST_SECONDS[1])
    repetitions: int = Field(ge=REPETITIONS[0], le=REPETITIONS[1])
    self_applicable: bool
    partner_alternative: str | None = None
    helper_technique: list[NonEmpty] = Field(default_factory=list)
    position: str | None = None
    body_position: BodyPosition | None = None
    helper_body_position: BodyPosition | None = None
    indications: list[NonEmpty] = Field(min_length=1)
    cautions: list[Caution] = Field(default_factory=list)
    sources: list[SourceId] = Field(min_length=1)
    image: NonEmpty
    markers: list[Marker] = Field(min_length=1)
    curator_note: str | None = None

    @property
    def note(self) -> str | None:
        """The curator note (kept for code written before it was renamed; not for users)."""
        return self.curator_note

    @property
    def standard_name(self) -> str | None:
        """The standard pinyin name, e.g. ``Hegu``."""
        return self.names.pinyin

    @property
    def display_name(self) -> str:
        """The standard pinyin name, else the English name, else meridian and number.

        The standard name comes first so a source's own label (e.g. "Ling Gu" for LI4) is
        never shown as the point's name; the labels are in ``names.source_labels``.
        """
        if self.names.pinyin or self.names.english:
            return self.names.pinyin or self.names.english or self.id
        number = "".join(ch for ch in self.id if ch.isdigit())
        return f"{self.meridian} {number}"

    @property
    def has_pregnancy_caution(self) -> bool:
        """True when a source article or the standard references warn against this point
        in pregnancy."""
        return any(c.kind == "pregnancy" for c in self.cautions)

    @property
    def needs_helper(self) -> bool:
        """True when the person cannot work this point alone."""
        return not self.self_applicable

    def position_for(self, *, with_helper: bool = False) -> BodyPosition | None:
        """The position for this point, alone or while a helper presses."""
        if with_helper and self.helper_body_position is not None:
            return self.helper_body_position
        return self.body_position

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
    sources: list[SourceId] = Field(default_factory=list)
    follows: SourceId | None = None
    """The source id of the article whose holds and repetitions the routine uses, if any."""
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


#: The catalogue version this app reads. Version 2 added the sources table, standard names,
#: cautions' ``source``, positions and helper instructions.
CATALOG_SCHEMA_VERSION = 2


class Catalog(Frozen):
    """The whole of resources/points.json."""

    schema_version: Literal[2]
    sources: list[Source] = Field(min_length=1)
    standard: StandardReference
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

    def source(self, source_id: str) -> Source | None:
        """The source article with this id, or None."""
        for source in self.sources:
            if source.id == source_id:
                return source
        return None

    def sources_of(self, source_ids: Iterable[str]) -> list[Source]:
        """The source articles for these ids, in order; unknown ids are left out."""
        found = (self.source(source_id) for source_id in source_ids)
        return [source for source in found if source is not None]

    def source_files(self, source_ids: Iterable[str]) -> list[str]:
        """The seed file names of these source ids (the trace to the saved articles)."""
        return [source.file for source in self.sources_of(source_ids)]
