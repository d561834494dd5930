"""The use-cases: typed functions over one `Session`. The command line and the window call only these."""
