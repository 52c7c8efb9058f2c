# See __init__.pyi: sqlcipher3.dbapi2 is sqlite3.dbapi2 built against SQLCipher.
from sqlite3.dbapi2 import *  # noqa: F403
