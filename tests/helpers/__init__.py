"""Test helpers shared by unit and GUI tests (fake clocks, builders)."""
