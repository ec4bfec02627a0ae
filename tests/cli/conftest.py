"""The three-village district world of tests/services/district, for the district commands."""

from tests.services.district.conftest import _template, kab  # noqa: F401 - fixtures
