"""Redaction: true removal of confirmed text, pixels and ink, sanitising, and pseudonymised page text."""
