"""The administrators' Users screen and its dialogs."""
