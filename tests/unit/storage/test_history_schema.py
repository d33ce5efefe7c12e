"""A released migration is frozen: its SQL text never changes, whatever code around it does."""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from acupress_gui.storage.history import HistoryConstraintError, HistoryStore
from acupress_gui.storage.history.schema import MIGRATIONS, SCHEMA_VERSION

#: sha256 of each version's statements joined by NUL, as released. A new version adds a line;
#: a changed hash means a released migration was edited: write a new version instead.
RELEASED = (
    "6b061e07eb7076beae3d1b6f01c75d9c5b0253e47bed26c813e32595c4fcd897",
    "fc582a7cce49f067ec1fbb6b81b8646d45a50e226dd154e864b422a6901bda80",
    "d6daf50fd95e33be2805f0396b3d0cd83c84980301a909cea9827fe843f82b52",
    "9b76275333509c5fc9dbb3f19a7a5daf0b8f48ec22615cdc96e5769305948156",
    "649e5f22bf8eec9a2adfdfad57be070a17f3735e0908dbd3a41a1779ab5a77e6",
)


def test_released_migrations_keep_their_text() -> None:
    assert SCHEMA_VERSION == len(MIGRATIONS) >= len(RELEASED)
    for version, (statements, digest) in enumerate(zip(MIGRATIONS, RELEASED, strict=False)):
        text = "\0".join(statements).encode()
        assert hashlib.sha256(text).hexdigest() == digest, f"migration {version} was edited"


def test_an_updated_session_runs_the_statements_of_a_removed_and_an_added_one() -> None:
    triggers = {s.split()[2]: s for s in MIGRATIONS[1] if s.lstrip().startswith("CREATE TRIGGER")}
    removed = triggers["sessions_removed"].split("BEGIN", 1)[1].rsplit("END", 1)[0]
    added = triggers["sessions_added"].split("BEGIN", 1)[1].rsplit("END", 1)[0]
    changed = triggers["sessions_changed"].split("BEGIN", 1)[1].rsplit("END", 1)[0]
    assert changed.strip() == (removed.strip() + "\n" + added.lstrip("\n")).strip()


def test_version_5_keeps_every_hold_and_the_side_rule(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    with closing(sqlite3.connect(path, isolation_level=None)) as db:
        for statements in MIGRATIONS[:4]:
            for statement in statements:
                db.execute(statement)
        db.execute("PRAGMA user_version = 4")
        db.execute(
            "INSERT INTO sessions (id, session_id, routine_id, routine_name, started_at, "
            "utc_offset_min, local_date, status) VALUES (7, 's', 'r', 'R', "
            "'2026-01-01T08:00:00.000000+00:00', 0, '2026-01-01', 'completed')"
        )
        holds = [
            (11, 7, 0, "BL23", "left", 1, 30.0, 29.5, None),
            (12, 7, 1, "GV4", "midline", 1, 30.0, 30.0, "x"),
        ]
        db.executemany("INSERT INTO holds VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", holds)
    with HistoryStore(path) as store:
        assert store.schema_version == 5
        assert [tuple(row) for row in store._db.all("SELECT * FROM holds ORDER BY id")] == holds
        with pytest.raises(HistoryConstraintError):
            store._db.execute("UPDATE holds SET side = 'up' WHERE id = 11")
        store._db.execute("DELETE FROM sessions WHERE id = 7")
        assert store._db.value("SELECT count(*) FROM holds") == 0  # still cascades
