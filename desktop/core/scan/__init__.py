"""Scanning stored documents (import, detect, judge, propagate) and re-proposing the names of the
parties a reviewer links."""
