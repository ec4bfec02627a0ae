"""Setup: first-start profile, keys, demo data."""
