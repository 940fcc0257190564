"""The curated gazetteer of parties shipped with the app (loaded by a data
migration; editors extend it in the admin and on the speaker pages)."""
