"""Spreadsheets in and out: reading, column layouts, row normalisation, import, export."""
