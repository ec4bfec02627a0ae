"""Records: entry, correction, deletion, history, lists and overview."""
