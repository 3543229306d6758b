"""The demo site and the benchmark, for development only (``make run``,
``make bench``, the tests): installed by the dev, test and bench settings, not
by production, and not copied into the production image.

- ``content/``: the demo text as data, one folder per section, the three
  languages of each item side by side (see ``content/README.md``);
- ``loader``: reads it and creates what is missing (``load_demo_content``);
- ``pictures`` and ``pdf``: the demo's drawn pictures and hand-written PDFs;
- ``benchmark/``: the ``bench`` command's data set and measurements.

The site's own packages never import this one.
"""
