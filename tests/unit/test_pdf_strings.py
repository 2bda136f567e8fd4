"""PDF string syntax as the verifier reads it from raw streams: escapes, octal, hex, UTF-16."""

from __future__ import annotations

import pytest

from desktop.core.verification.objects import pdf_strings


@pytest.mark.parametrize(("raw", "expected"), [
    (rb"(Jane Doe)", ["Jane Doe"]),
    (rb"(Jane\040Doe)", ["Jane Doe"]),  # octal space
    (rb"(a\(b\)c)", ["a(b)c"]),
    (rb"(line\nbreak)", ["line\nbreak"]),
    (rb"(split \
word)", ["split word"]),  # a backslash before a line end continues the string
    (rb"(item \8 and \9)", ["item 8 and 9"]),  # not octal: the backslash is dropped
    (rb"(\101\102C)", ["ABC"]),
    (b"<4A616E65>", ["Jane"]),
    (b"<FEFF004A0061006E0065>", ["Jane"]),
    (b"<4A61 6E6>", ["Jan`"]),  # an odd digit count is padded with 0
])
def test_strings_decode(raw, expected):
    assert list(pdf_strings(raw)) == expected
