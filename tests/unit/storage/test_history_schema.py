"""A released migration is frozen: its SQL text never changes, whatever code around it does."""

from __future__ import annotations

import hashlib

from acupress_gui.storage.history.schema import MIGRATIONS, SCHEMA_VERSION

#: sha256 of each version's statements joined by NUL, as released. A new version adds a line;
#: a changed hash means a released migration was edited: write a new version instead.
RELEASED = (
    "6b061e07eb7076beae3d1b6f01c75d9c5b0253e47bed26c813e32595c4fcd897",
    "fc582a7cce49f067ec1fbb6b81b8646d45a50e226dd154e864b422a6901bda80",
    "d6daf50fd95e33be2805f0396b3d0cd83c84980301a909cea9827fe843f82b52",
    "9b76275333509c5fc9dbb3f19a7a5daf0b8f48ec22615cdc96e5769305948156",
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
