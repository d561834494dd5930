"""The pack store's column tuples name exactly the columns of the models (storage/schema.py)."""

from __future__ import annotations

from bali_desktop.storage import pack_rows
from bali_desktop.storage.schema import Base


def test_every_pack_table_column_list_matches_its_model() -> None:
    tables = {
        "packs": pack_rows.PACK_COLUMNS,
        "pack_items": pack_rows.PACK_ITEM_COLUMNS,
        "pack_contacts": pack_rows.PACK_CONTACT_COLUMNS,
        "pack_steps": pack_rows.PACK_STEP_COLUMNS,
        "pack_translations": pack_rows.PACK_TRANSLATION_COLUMNS,
        "document_files": pack_rows.DOCUMENT_FILE_COLUMNS,
        "trusted_keys": pack_rows.TRUSTED_KEY_COLUMNS,
    }
    for table, columns in tables.items():
        assert set(columns) == set(Base.metadata.tables[table].columns.keys()), table
        assert len(set(columns)) == len(columns), table
    assert set(pack_rows.ALL_PACK_TABLES) == set(tables)
