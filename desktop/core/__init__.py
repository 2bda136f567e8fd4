"""Core of Clearance: plain Python, no Qt, usable headless from the command line and tests."""
