"""SIPERA - Sistem Pendataan Pekerja Rentan."""

__version__ = "0.1.0"
APP_NAME = "SIPERA"
