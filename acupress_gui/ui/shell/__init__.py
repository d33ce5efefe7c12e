"""The window shell: pages, menus and the parts of the window every page shares."""
