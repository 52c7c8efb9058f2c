"""The encrypted store: SQLCipher connection, key slots, migrations, audit chain, backups. No Qt."""
