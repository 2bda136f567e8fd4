"""The PySide6 desktop interface: thin widgets over desktop.core."""
