"""Tables and trees sized to their content: every column at least as wide as its header and its cells,
a long text column held to a share of the screen, the last column taking what is left, and a dialog as
wide as its table within the screen."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTreeView, QWidget

LONG_COLUMN_SHARE = 0.4  # of the screen's width: a column of long texts wraps out of sight past it
SHORT_TEXT = 32  # characters: a text this short is never cut, however small the screen
SIZED_ROWS = 2000  # rows read for the short cells' width: Qt reads about as many for a column's content
CELL_MARGIN = 6  # pixels each side of a cell's text (the style's margin and the focus frame)
SCREEN_SHARE = 0.9  # a dialog sized to its table leaves the rest of the screen free


def header_of(view: QAbstractItemView) -> QHeaderView:
    return view.horizontalHeader() if isinstance(view, QTableView) else view.header()


def screen_width(widget: QWidget) -> int:
    screen = widget.screen()
    return screen.availableGeometry().width() if screen is not None else 1280


def fit_columns(view: QTableView | QTreeView, share: float = LONG_COLUMN_SHARE, stretch: int | None = None,
                last_to_content: bool = True, short_text: int = SHORT_TEXT) -> None:
    """Each column as wide as its header and its content (Qt reads the visible rows and up to its
    precision of the others), none wider than `share` of the screen (or SHORT_TEXT characters, if more)
    yet never narrower than its header (`short_text` lowers that floor for a narrow panel whose long texts
    are read in full elsewhere).
    The last column (or `stretch`) takes what is left; `last_to_content=False` leaves a last column of
    long explanations to the room there is (read in full elsewhere) rather than scrolling the view."""
    header = header_of(view)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(stretch is None)
    cap = max(int(screen_width(view) * share), view.fontMetrics().averageCharWidth() * short_text)
    columns = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    for column in columns:
        floor = header.sectionSizeHint(column)  # the header's text, its margins and a sort arrow
        if column == stretch or (column == columns[-1] and stretch is None and not last_to_content):
            view.setColumnWidth(column, floor)
            continue
        view.resizeColumnToContents(column)
        if view.columnWidth(column) > cap:  # long texts give way, short ones stay whole
            floor = max(floor, _short_cells_width(view, column, short_text))
        view.setColumnWidth(column, max(floor, min(view.columnWidth(column), cap)))
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def _short_cells_width(view: QTableView | QTreeView, column: int, short_text: int) -> int:
    """The width the column's cells of at most `short_text` characters need (first rows of a long list)."""
    model, metrics = view.model(), view.fontMetrics()
    texts = (str(model.index(row, column).data() or "") for row in range(min(model.rowCount(), SIZED_ROWS)))
    widest = max((metrics.horizontalAdvance(t) for t in texts if len(t) <= short_text), default=0)
    return widest + 2 * CELL_MARGIN if widest else 0


def columns_width(view: QTableView | QTreeView) -> int:
    """The width the view needs to show every column whole: columns, row header, frame, scroll bar."""
    header = header_of(view)
    rows = view.verticalHeader().sizeHint().width() if isinstance(view, QTableView) and \
        view.verticalHeader().isVisible() else 0
    return (sum(header.sectionSize(c) for c in range(header.count()) if not header.isSectionHidden(c))
            + rows + 2 * view.frameWidth() + view.verticalScrollBar().sizeHint().width())


def fit_dialog(dialog: QWidget, view: QTableView | QTreeView) -> None:
    """Widen the dialog until its table's columns show whole, never past SCREEN_SHARE of the screen
    (a dialog opened larger than that, on a small screen, is made to fit)."""
    room = int(screen_width(dialog) * SCREEN_SHARE)
    extra = max(0, dialog.width() - view.width())  # the dialog's margins around the table
    width = min(max(dialog.width(), columns_width(view) + extra), room)
    if width != dialog.width():
        dialog.resize(width, dialog.height())
