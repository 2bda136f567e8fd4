"""Quality assurance by sampling: a seeded page sample of a batch and the exact bound on its miss rate."""
