"""Text rules, one module each: durations, plurals, sides, phases, point texts.

Every page formats through these modules, so a length, a count or a side reads the same
everywhere.
"""
