"""An independent check of a report's margins and change readings with scipy.

Usage: check_intervals.py REPORT_NOW.xlsx REPORT_BEFORE.xlsx
Reads the Indicators and Quadrants tables of both workbooks (openpyxl), recomputes every margin
(Student's t on n - 1 degrees of freedom times sd / sqrt(n)) and every Welch 95% interval of a change
that the report judged, and prints "N margins, M readings agree with scipy". Exits 1 on the first
disagreement, naming it.
"""
import re
import sys
import warnings

import numpy as np
import openpyxl
from scipy import stats

warnings.filterwarnings("ignore")  # openpyxl does not know Excel's conditional-formatting extensions


def tables(path):
    book = openpyxl.load_workbook(path)
    found = {}
    for sheet in book.worksheets:
        for table in sheet.tables.values():
            rows = list(sheet[table.ref])
            header = [cell.value for cell in rows[0]]
            found[table.name] = [dict(zip(header, [cell.value for cell in row])) for row in rows[1:]]
    return found


def number(text):
    return float(text.replace("\u2212", "-"))


def main(now_path, before_path):
    now, before = tables(now_path), tables(before_path)
    margins = readings = 0
    for name in ("Indicators", "Quadrants"):
        earlier = {row.get("Indicator id") or row["Quadrant"]: row for row in before[name]}
        for row in now[name]:
            if row["n"] is None or row["n"] < 2:
                continue
            n, sd = row["n"], row["Standard deviation"]
            margin = stats.t.ppf(0.975, n - 1) * sd / np.sqrt(n)
            if abs(margin - row["Margin"]) > 1e-9:
                sys.exit(f"{name} {row.get('Indicator') or row['Quadrant']}: margin {row['Margin']} but scipy gives {margin}")
            margins += 1
            reading = row["Change reading"] or ""
            if not reading.startswith(("clear", "within")):
                continue
            b = earlier[row.get("Indicator id") or row["Quadrant"]]
            v1, v2 = b["Standard deviation"] ** 2 / b["n"], sd ** 2 / n
            df = (v1 + v2) ** 2 / (v1 ** 2 / (b["n"] - 1) + v2 ** 2 / (n - 1))
            difference = row["Mean"] - b["Mean"]
            half = stats.t.ppf(0.975, df) * np.sqrt(v1 + v2)
            low, high = (number(x) for x in re.search(r"95% interval (\S+) to (\S+?)\)", reading).groups())
            kind = "clear rise" if difference - half > 0 else "clear fall" if difference + half < 0 else "within noise"
            if abs(low - (difference - half)) > 0.006 or abs(high - (difference + half)) > 0.006 or not reading.startswith(kind):
                sys.exit(f"{name} {row.get('Indicator') or row['Quadrant']}: \"{reading}\" but scipy gives {kind} {difference - half:+.2f} to {difference + half:+.2f}")
            readings += 1
    print(f"{margins} margins, {readings} readings agree with scipy")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
