"""Corpus-scale assurance: automatic batches, their QA sample, fixes across a batch, consistency."""
