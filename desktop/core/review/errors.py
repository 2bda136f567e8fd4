"""The one error of a review: an action that cannot be done now."""


class ReviewError(Exception):
    """A review action that cannot be done now; one line for the status bar."""
