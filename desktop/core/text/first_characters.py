"""A pattern behind a look-ahead for the characters its matches start with, and a pattern whose matches
start with a known word tried only where that word stands.

Python's regex engine skips ahead to a pattern's first characters only when the pattern starts with a
literal or a character class. A pattern that opens with a look-behind, a word boundary or a choice of
words is tried in full at every character of a page. Behind a look-ahead for the characters a match can
start with, it gives up at once everywhere else: the same matches at the same places, found faster.
The characters are read off the parsed pattern, so the look-ahead is exact by construction: it holds
every character each alternative can start with, in the case sensitivity that alternative has. Where
every match starts with the same word as written, str.find finds the places far faster still."""

from __future__ import annotations

import re
from collections.abc import Iterator

try:  # the parsed form of a pattern: private to the re module, so any surprise keeps the pattern as it is
    from re import _constants as sre
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover
    sre = sre_parse = None

_CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_SPACE": r"\s",
               "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W"}
_FLAG_LETTERS = ((re.ASCII, "a"), (re.IGNORECASE, "i"), (re.LOCALE, "L"), (re.MULTILINE, "m"), (re.DOTALL, "s"),
                 (re.UNICODE, "u"), (re.VERBOSE, "x"))


class _Unread(Exception):
    """A part of a pattern whose first characters are not read here (any character, a back-reference)."""


def guarded(regex: re.Pattern) -> re.Pattern:
    """`regex` behind a look-ahead for the characters its matches can start with, or `regex` itself
    where the engine skips ahead by itself or they cannot be read (or a match may be empty)."""
    if sre_parse is None or not isinstance(regex.pattern, str):
        return regex
    try:
        parsed = sre_parse.parse(regex.pattern, regex.flags)
        starts, may_be_empty = _first(parsed.data, (0, 0))
        if may_be_empty or _skips_ahead(parsed.data, regex.flags):
            return regex
        look_ahead = "|".join(_scoped(flags, "[" + "".join(items) + "]") for flags, items in _by_flags(starts))
        return re.compile(f"(?={look_ahead})(?:{regex.pattern})", regex.flags)
    except (_Unread, re.error, AttributeError, TypeError, ValueError):
        return regex


def _skips_ahead(items, flags: int) -> bool:
    """Whether the engine skips to the pattern's first characters by itself (as re's compiler decides
    it: a case-sensitive literal, class, or alternatives that each start with a literal), which a
    look-ahead in front would only slow down."""
    while items and items[0][0] is sre.SUBPATTERN and not (items[0][1][1] or items[0][1][2]):
        items = items[0][1][3].data
    if not items or flags & re.IGNORECASE:
        return False
    op, av = items[0]
    if op is sre.BRANCH:
        return all(branch.data and branch.data[0][0] is sre.LITERAL for branch in av[1])
    return op in (sre.LITERAL, sre.IN)


def _first(items, flags: tuple[int, int]) -> tuple[list[tuple[tuple[int, int], str]], bool]:
    """The characters (as class items, with the flags a scoped group adds and removes) that the
    sequence `items` can start with, and whether it can match the empty string."""
    starts = []
    for op, av in items:
        if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
            continue  # zero-width: the character after it starts the match
        part, may_be_empty = _first_of(op, av, flags)
        starts += part
        if not may_be_empty:
            return starts, False
    return starts, True


def _first_of(op, av, flags: tuple[int, int]):
    if op is sre.LITERAL:
        return [(flags, re.escape(chr(av)))], False
    if op is sre.IN:
        return [(flags, _class_item(item_op, item)) for item_op, item in av], False
    if op is sre.SUBPATTERN:
        _group, add, remove, pattern = av
        return _first(pattern.data, ((flags[0] | add) & ~remove, (flags[1] | remove) & ~add))
    if op is sre.BRANCH:
        starts, may_be_empty = [], False
        for branch in av[1]:
            part, empty = _first(branch.data, flags)
            starts, may_be_empty = starts + part, may_be_empty or empty
        return starts, may_be_empty
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        least, _most, pattern = av
        starts, may_be_empty = _first(pattern.data, flags)
        return starts, may_be_empty or least == 0
    if op is sre.ATOMIC_GROUP:
        return _first(av.data, flags)
    raise _Unread(op)


def _class_item(op, av) -> str:
    if op is sre.LITERAL:
        return re.escape(chr(av))
    if op is sre.RANGE:
        return f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}"
    if op is sre.CATEGORY and str(av) in _CATEGORIES:
        return _CATEGORIES[str(av)]
    raise _Unread(op)  # a negated class among others, a locale category


def _by_flags(starts):
    grouped: dict[tuple[int, int], list[str]] = {}
    for flags, item in starts:
        if item not in grouped.setdefault(flags, []):
            grouped[flags].append(item)
    return grouped.items()


def _scoped(flags: tuple[int, int], text: str) -> str:
    add, remove = ("".join(letter for flag, letter in _FLAG_LETTERS if flags[i] & flag) for i in (0, 1))
    if not add and not remove:
        return text
    return f"(?{add}{'-' + remove if remove else ''}:{text})"


def matches_starting_with(regex: re.Pattern, text: str, first: str) -> Iterator[re.Match]:
    """What `regex.finditer(text)` finds, for a pattern whose every match starts with `first`: tried only
    where str.find finds it (and after the last match), not at every character."""
    at = text.find(first)
    while at >= 0:
        m = regex.match(text, at)
        if m is None:
            at = text.find(first, at + 1)
        else:
            yield m
            at = text.find(first, m.end())  # a match is never empty
