"""``manage.py bench``: build the benchmark data set, measure every page
type, print a table and write it as JSON. See README, "Performance and scale"."""

import json
import os
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from demo.benchmark import dataset, edge, measure


class Command(BaseCommand):
    help = "Build the benchmark data set and measure queries, server time and throughput."

    def add_arguments(self, parser):
        parser.add_argument("--scale", type=float, default=1.0, help="1 = 3,000 reports…")
        parser.add_argument("--repeat", type=int, default=40, help="timed requests per page")
        parser.add_argument("--seconds", type=float, default=5.0, help="load per page and mode")
        parser.add_argument("--max-requests", type=int, default=20000)
        parser.add_argument("--concurrency", type=int, default=8)
        parser.add_argument("--no-load", action="store_true", help="skip gunicorn throughput")
        parser.add_argument(
            "--no-edge", action="store_true", help="skip the run through Varnish in front"
        )
        parser.add_argument(
            "--output", default=str(Path(settings.BASE_DIR, "bench-results", "results.json"))
        )

    def handle(self, *args, **options):
        counts = dataset.build(options["scale"], stdout=self.stdout)
        if counts["reports"] and self._search_index_is_stale():
            from bbg_site.search import indexing

            self.stdout.write("Indexing for search…")
            indexing.rebuild()
        analyze()
        urls = measure.page_urls("en")
        results = measure.server_times(urls, options["repeat"])
        results.update(measure.reach_costs(options["repeat"] * 10))
        if not options["no_load"]:
            rates = measure.throughput(
                urls,
                seconds=options["seconds"],
                max_requests=options["max_requests"],
                concurrency=options["concurrency"],
            )
            for name, values in rates.items():
                results.setdefault(name, {}).update(values)
        through_cache = None
        if not options["no_load"] and not options["no_edge"]:
            if edge.available():
                through_cache = edge.through_cache(
                    urls, seconds=options["seconds"], max_requests=options["max_requests"]
                )
            else:
                self.stdout.write(f"No run through the cache: {edge.VARNISHD} is missing.")
        report = {
            "scale": options["scale"],
            "data": counts,
            "cpus": os.cpu_count(),
            "database": settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1],
            "pages": results,
            "through_cache": through_cache,
        }
        self.stdout.write(table(report))
        if through_cache:
            self.stdout.write(edge.table(through_cache))
        output = Path(options["output"])
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(json.dumps(report, indent=2) + "\n")
        self.stdout.write(f"Written to {output}")

    @staticmethod
    def _search_index_is_stale() -> bool:
        from bbg_site.models import SearchDocument
        from publications.models import ReportPage

        indexed = SearchDocument.objects.filter(page__in=ReportPage.objects.all()).values("page")
        return indexed.distinct().count() < ReportPage.objects.live().count()


def analyze() -> None:
    """Fresh planner statistics, as autovacuum gives a production database in
    its first minutes: measured straight after the data set was built, the
    planner still thought the tables empty and chose plans 1.5–2.5 times
    slower (library 93 ms instead of 40)."""
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def table(report) -> str:
    static = report["pages"].get("static-file", {}).get("cached_rps")
    lines = [
        f"{'page':<18}{'status':>7}{'queries':>8}{'median ms':>10}{'p95 ms':>8}"
        f"{'target':>8}{'publish ms':>11}{'uncached rps':>13}{'cached rps':>11}",
    ]
    for name, row in report["pages"].items():
        if name == "static-file":
            continue
        target = measure.TARGETS_MS.get(name)
        verdict = ""
        if target:
            verdict = f"<{target}" + (" ok" if row.get("median_ms", 1e9) < target else " !!")
        lines.append(
            f"{name:<18}{row.get('status', ''):>7}{row.get('queries', ''):>8}"
            f"{row.get('median_ms', ''):>10}{row.get('p95_ms', ''):>8}{verdict:>8}"
            f"{row.get('after_publish_ms', ''):>11}{row.get('uncached_rps', ''):>13}"
            f"{row.get('cached_rps', ''):>11}"
        )
    if static:
        lines.append(f"{'static file':<18}{'':>62}{static:>11}")
    return "\n".join(lines)
