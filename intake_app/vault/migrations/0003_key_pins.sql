-- Each user's public key pinned inside the encrypted database (the recovery key's is pinned in
-- meta). A rotation seals the new data key only to pinned keys of active users, so someone who
-- can edit keyslots.json but holds no passphrase cannot add themselves as a recipient.
ALTER TABLE users ADD COLUMN public_key TEXT;
