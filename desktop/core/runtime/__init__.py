"""The running program kept offline: model and library settings that forbid any download."""
