"""The life of an act after the vote in the web application: closing, signature,
transmission to the prefecture (@ctes via S²LOW), publication, deadlines, archiving.
The documents and protocols are built by the framework-free ``registre.actes``."""
