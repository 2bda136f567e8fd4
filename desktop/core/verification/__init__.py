"""Verification: an independent re-read of redacted output, and the integrity of the store and exports.

It never imports the redactor's matcher (`desktop.core.text.terms`): a verifier that shares the
redactor's pattern can only confirm the redactor's own blind spots.
"""
