"""Qt services built by the composition root before any widget: they own data pages share."""
