"""From core sessions to official documents: extracts, list of deliberations, minutes,
convocations, in HTML, PDF (Typst, PDF/A) and DOCX. See docs/rendering.md."""
