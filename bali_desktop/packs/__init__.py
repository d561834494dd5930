"""Signed national content packs: the manifest, Ed25519 keys, build and verify (no Qt, no SQL).

A pack is one zip: `manifest.json` (id, version, publisher, country, languages, description,
created, and every other file with its SHA-256 and size), `signature.json` (an Ed25519 signature
over the exact bytes of `manifest.json`, with the signing key's fingerprint), and content files in
the schema of resources/content/ (`contacts.yaml`, `steps.yaml`, `guides.yaml`, `documents.yaml`
with its PDF files, `translations.yaml`, `phrases.yaml`). `verify` refuses anything else in one line.
"""
