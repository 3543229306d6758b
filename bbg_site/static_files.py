"""Static files (WhiteNoise) with a year-long cache for hashed names.

In production ``collectstatic`` writes every file under a name with its
content hash (``css/site.a1b2c3d4e5f6.css``) plus a gzip copy
(``CompressedManifestStaticFilesStorage``); WhiteNoise sends the gzip copy to
a reader whose browser accepts it (``Content-Encoding: gzip``), and nginx
leaves it alone. A hashed name never changes content, so browsers may keep
it without asking again: ``Cache-Control: max-age=31536000, public,
immutable``. That is one year, the longest lifetime HTTP caches are meant to
honour (WhiteNoise's own default is ten years); a new version of a file has a
new name, which the pages link to at once.
"""

from whitenoise.middleware import WhiteNoiseMiddleware

ONE_YEAR = 365 * 24 * 60 * 60  # 31536000 seconds


class StaticFilesMiddleware(WhiteNoiseMiddleware):
    FOREVER = ONE_YEAR
