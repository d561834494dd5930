"""Bali Desktop: an offline reference for officials of the Bali Process."""

__version__ = "0.1.0"
