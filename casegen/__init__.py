"""casegen."""
