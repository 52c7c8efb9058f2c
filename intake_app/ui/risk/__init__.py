"""Risk assessment screens: the guided checklist form, its parts, and the chart of risk."""
