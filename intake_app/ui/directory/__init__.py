"""The agency directory screen."""
