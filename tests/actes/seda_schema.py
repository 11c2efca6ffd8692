"""The SEDA 2.2 schema from ../shared/standards/seda-2.2/, loaded offline.

The main schema imports the W3C ``xml`` and ``xlink`` schemas by their public
addresses; an lxml resolver answers those two with the copies xmlschema ships (the W3C
files themselves), so nothing is fetched and no XSD is committed here.
"""

from __future__ import annotations

from pathlib import Path

import xmlschema
from lxml import etree

ROOT = Path(__file__).resolve().parents[2]
SEDA = ROOT.parent / "shared" / "standards" / "seda-2.2"
_W3C = Path(xmlschema.__file__).parent / "schemas"
LOCAL = {
    "http://www.w3.org/2001/xml.xsd": _W3C / "XML" / "xml.xsd",
    "http://www.w3.org/1999/xlink.xsd": _W3C / "XLINK" / "xlink.xsd",
}


class _W3CResolver(etree.Resolver):
    def resolve(self, url, pubid, context):  # type: ignore[no-untyped-def]
        if url in LOCAL:
            return self.resolve_filename(str(LOCAL[url]), context)
        return None


def seda_schema() -> etree.XMLSchema:
    parser = etree.XMLParser(no_network=True)
    parser.resolvers.add(_W3CResolver())
    doc = etree.parse(str(SEDA / "seda-2.2-main.xsd"), parser)
    return etree.XMLSchema(doc)
