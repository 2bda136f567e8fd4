"""Trust: the tamper-evident audit chain's hashing and signatures, and the signers' keys."""
