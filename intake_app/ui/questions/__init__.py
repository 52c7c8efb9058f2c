"""The question widgets every form is built from: one row per field, answer editors,
list-of-records editors, answers as text, problem text."""
