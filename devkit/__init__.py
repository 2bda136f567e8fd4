"""Development kit: sample-contract generator, demo store, leak fixtures, evaluation, test-only recognizers.

Not part of the installed app (the PyInstaller bundle and the .deb leave it out, with Faker).
"""
