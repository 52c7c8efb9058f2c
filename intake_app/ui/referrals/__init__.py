"""The safe-referral screens' parts: the redacted preview, the gate's panel, the draft editor."""
