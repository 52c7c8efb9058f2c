# Type stub for sqlcipher3, which ships none. sqlcipher3 is the standard library's sqlite3 module
# (via pysqlite3) built against SQLCipher, with the same classes, functions and exceptions, so
# its types are sqlite3's. Only mypy reads this file (mypy_path in pyproject.toml).
from sqlite3 import *  # noqa: F403  (the whole module, re-exported)
