"""Packages: trust (enrollment, config), send (data packages), history and inspect."""
