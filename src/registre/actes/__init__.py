"""The life of an act after the vote, without a framework: the @ctes transmission package
(metadata XML, file names, envelope, ``.tar.gz``), the prefecture's acknowledgement, the
S²LOW client, PAdES signatures and the SEDA 2.2 archive package. See docs/actes.md.

The web application (``registre.web.actes``) stores what these functions return; the
command line (``registre actes``, ``registre sign``) calls them directly.
"""

from __future__ import annotations

from registre.actes.envelope import (
    ActeMetadata,
    ActesError,
    Package,
    build_package,
    metadata_from_session,
)

__all__ = ["ActeMetadata", "ActesError", "Package", "build_package", "metadata_from_session"]
