"""Getting in and out: first-run set-up, sign-in, the lock screen, new passphrases."""
