"""Export: per-document checks, batches (redacted PDFs, pseudonymised text, manifest), sign-off."""
