"""Text matching shared by detection, review, consent and the redactor: terms as patterns, the
common-word lists, and proposing a decided term at each of its occurrences."""
