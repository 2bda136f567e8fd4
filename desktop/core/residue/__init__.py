"""The residue check: what still looks identifying in a document after redaction, and the reviewer's word on it."""
