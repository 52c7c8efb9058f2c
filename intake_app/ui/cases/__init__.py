"""Case work: the case list, the case view and its tabs, the intake wizard."""
