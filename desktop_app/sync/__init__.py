"""The sync package format: keys, manifest, signed and encrypted packages, merge rules.

May import desktop_app.core; never sqlalchemy, PySide6, storage or services.
"""

from desktop_app.sync.errors import KeysError, PackageError, SyncError
from desktop_app.sync.keys import (
    Identity,
    PublicKeys,
    create_identity,
    fingerprint,
    load_identity,
    normalize_fingerprint,
)
from desktop_app.sync.manifest import KINDS, Manifest, Source, Target, package_filename
from desktop_app.sync.merge import Decision, apply_feedback, decide, merge_fields
from desktop_app.sync.package import (
    SELF_SIGNED_ENROLLMENT,
    BuiltPackage,
    Inspection,
    Limits,
    OpenedPackage,
    PinnedKey,
    StaticTrust,
    TrustedKey,
    TrustLookup,
    build_package,
    enrollment_line,
    inspect_package,
    make_source,
    open_package,
    validate_record_line,
)

__all__ = [
    "KINDS",
    "SELF_SIGNED_ENROLLMENT",
    "BuiltPackage",
    "Decision",
    "Identity",
    "Inspection",
    "KeysError",
    "Limits",
    "Manifest",
    "OpenedPackage",
    "PackageError",
    "PinnedKey",
    "PublicKeys",
    "Source",
    "StaticTrust",
    "SyncError",
    "Target",
    "TrustLookup",
    "TrustedKey",
    "apply_feedback",
    "build_package",
    "create_identity",
    "decide",
    "enrollment_line",
    "fingerprint",
    "inspect_package",
    "load_identity",
    "make_source",
    "merge_fields",
    "normalize_fingerprint",
    "open_package",
    "package_filename",
    "validate_record_line",
]
