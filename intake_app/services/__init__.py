"""Use cases: permission checks, one transaction each, an audit entry each."""
