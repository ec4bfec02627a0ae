"""The three-village district world of tests/services/district, for the district window."""

from tests.services.district.conftest import _template, kab  # noqa: F401 - fixtures
