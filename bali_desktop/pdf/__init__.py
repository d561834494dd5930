"""PDF output with ReportLab: checklist sheets and trainers' handout packs."""

from bali_desktop.pdf.export import (
    ExportOptions,
    ExportResult,
    build_entries,
    checklist_pdf,
    export_refs,
    handout_pdf,
    load_entries,
    sheet_context,
    write_atomic,
)

__all__ = [
    "ExportOptions",
    "ExportResult",
    "build_entries",
    "checklist_pdf",
    "export_refs",
    "handout_pdf",
    "load_entries",
    "sheet_context",
    "write_atomic",
]
