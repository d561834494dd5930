"""PDF output with ReportLab: checklist sheets and trainers' handout packs, from plain data.

`job.PrintJob` is what a PDF is made from (gathered by `services/printing.py`);
`render.render(job)` lays it out as bytes; `files.write_atomic` writes it safely. This package
reads no database and imports only the domain, `paths` (the fonts) and ReportLab. It re-exports
nothing: its modules import each other directly, so that importing one never runs the others.
"""
