"""The PySide6 window: thin views over the core services."""
