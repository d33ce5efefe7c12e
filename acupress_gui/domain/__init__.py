"""Pure domain logic: models, catalogue validation, the session timer. No Qt, no I/O."""
