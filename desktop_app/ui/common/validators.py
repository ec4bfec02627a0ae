"""Line-edit validators that keep a field to what it can hold, mending look-alike characters.

``NikValidator``: digits, plus the spaces, dots and dashes a pasted NIK may carry; a letter O is
taken as 0 and I/l as 1 (the usual typewriter habits); any other character is not entered, so
the count of digits the form reports is what the operator sees. ``FingerprintValidator``: the
base32 alphabet of a fingerprint (A-Z, 2-7), upper case; 0 is taken as O and 1 as I (base32 has
neither digit), plus '-' and spaces between groups.

Text set by the program (``setText``) is not validated: a stored value is shown as it is.
"""

from __future__ import annotations

from PySide6.QtGui import QValidator

_NIK_MEND = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1"})
_NIK_KEEP = frozenset("0123456789 .-")
_FP_MEND = str.maketrans({"0": "O", "1": "I"})
_FP_KEEP = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567- ")


def _filtered(text: str, pos: int, mend: dict[int, str], keep: frozenset[str], upper: bool) -> tuple[str, int]:
    out: list[str] = []
    new_pos = pos
    for i, ch in enumerate(text):
        fixed = ch.translate(mend)
        if upper:
            fixed = fixed.upper().translate(mend)
        if fixed in keep:
            out.append(fixed)
        elif i < pos:
            new_pos -= 1
    return "".join(out), max(new_pos, 0)


class NikValidator(QValidator):
    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:  # noqa: D102
        fixed, pos = _filtered(text, pos, _NIK_MEND, _NIK_KEEP, upper=False)
        return QValidator.State.Acceptable, fixed, pos


class FingerprintValidator(QValidator):
    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:  # noqa: D102
        fixed, pos = _filtered(text, pos, _FP_MEND, _FP_KEEP, upper=True)
        return QValidator.State.Acceptable, fixed, pos


def mend_nik(text: str) -> str:
    """What ``NikValidator`` makes of a whole text (for pasted or programmatic input)."""
    return _filtered(text, 0, _NIK_MEND, _NIK_KEEP, upper=False)[0]


__all__ = ["FingerprintValidator", "NikValidator", "mend_nik"]
