"""Benchmarks: `python -m bench` measures start-up, search, PDF and memory against floors in one run."""
