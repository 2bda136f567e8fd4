"""Review: the reviewer's session over one document's findings, its commands and keyboard word selection."""
