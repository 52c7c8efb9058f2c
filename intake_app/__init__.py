"""Confidential Intake: offline, encrypted intake and safe referral for specialist services."""

__version__ = "0.1.0"
APP_NAME = "Confidential Intake"
