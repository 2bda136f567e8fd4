"""Clearance: review, redact and sign off contracts before they leave as AI-training data."""

__version__ = "0.1.0"
APP_NAME = "Clearance"
