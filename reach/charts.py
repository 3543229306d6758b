"""Line charts drawn on the server as SVG (no script, nothing from elsewhere).

``line_chart`` computes the geometry; ``reach/includes/chart.html`` writes
the ``<svg>``. The chart is an image with a title and a description for
screen readers (``role="img"``); the same numbers are in the table beside
it. Colours are told apart by dash pattern too, not by colour alone.
"""

# Okabe–Ito colours (distinguishable with colour-blindness) and dash patterns.
COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9"]
DASHES = ["", "6 3", "2 3", "8 3 2 3", "1 2", "10 4"]

WIDTH, HEIGHT = 640, 240
LEFT, RIGHT, TOP, BOTTOM = 48, 12, 12, 28


def _nice_max(value: int) -> int:
    if value <= 4:
        return 4
    magnitude = 10 ** (len(str(value)) - 1)
    for step in (1, 2, 2.5, 5, 10):
        top = int(step * magnitude)
        if top >= value:
            return top
    return value


def line_chart(title, labels: list[str], series: list[tuple[str, list[int]]]) -> dict:
    count = len(labels)
    top = _nice_max(max((max(values, default=0) for _name, values in series), default=0))
    inner_w, inner_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def x(index):
        return LEFT + (inner_w * index / (count - 1) if count > 1 else inner_w / 2)

    def y(value):
        return TOP + inner_h - inner_h * value / top

    lines = []
    for index, (name, values) in enumerate(series):
        points = " ".join(f"{x(i):.1f},{y(v):.1f}" for i, v in enumerate(values))
        lines.append(
            {
                "name": name,
                "points": points,
                "colour": COLOURS[index % len(COLOURS)],
                "dash": DASHES[index % len(DASHES)],
                "total": sum(values),
                "single": count == 1,
                "cx": f"{x(0):.1f}",
                "cy": f"{y(values[0]):.1f}" if values else "0",
            }
        )
    ticks = [{"value": v, "y": f"{y(v):.1f}"} for v in (0, top // 2, top)]
    return {
        "title": title,
        "width": WIDTH,
        "height": HEIGHT,
        "left": LEFT,
        "right": WIDTH - RIGHT,
        "bottom": HEIGHT - BOTTOM,
        "label_y": HEIGHT - 8,
        "lines": lines,
        "ticks": ticks,
        "first": labels[0] if labels else "",
        "last": labels[-1] if count > 1 else "",
        "first_x": LEFT,
        "last_x": WIDTH - RIGHT,
    }
