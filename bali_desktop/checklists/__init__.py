"""Checklist builders: make checklists from content (pathways, the aid, areas, any item)."""
