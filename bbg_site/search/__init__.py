"""Site search in three languages (issue 6).

One ``SearchDocument`` per live page and language holds what a reader of
that language sees (English where the page is not translated), *folded*:
lower case, Cyrillic written in Latin letters, diacritics dropped. Queries
are folded the same way, so "Prishtine" finds "Prishtinë", "pocetna" finds
"početna" and "Косово" finds "Kosovo".

On PostgreSQL the folded text is in a ``tsvector`` column with a GIN index,
built with the language's stemmer (``english``, ``serbian``; ``simple`` for
Albanian, which PostgreSQL has none for). On SQLite each word of the query
must occur in the folded text (no stemming).
"""
