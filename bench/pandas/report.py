#!/usr/bin/env python3
"""The report job scripted the usual way, with pandas and openpyxl: the yardstick for CopOffice's bench.

Reads a Microsoft Forms export (one row per response) or a folder of filled value-survey templates,
maps answers through templates/forms/value-survey.json (Likert labels to 1-5, n/a excluded), computes
per community and period the indicator statistics (n, mean, median, sample SD, top-2-box) and quadrant
scores, and writes them to an xlsx with openpyxl. No validation, no ledger, no privacy rules: it does
less than `copoffice report`, so the comparison flatters it.

Usage: report.py forms FILE.xlsx OUT.xlsx | report.py templates FOLDER OUT.xlsx
Needs Debian's python3-pandas and python3-openpyxl (run with /usr/bin/python3).
"""
import json
import os
import sys
import time

import openpyxl
import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
SURVEY = json.load(open(os.path.join(HERE, "..", "..", "templates", "forms", "value-survey.json"), encoding="utf-8"))
LABELS = {entry["label"].lower(): entry["value"] for entry in SURVEY["ratingLabels"]["extent"]}
STATEMENTS = [(s["text"], s["name"]) for q in SURVEY["questions"] if q["type"] == "likert" for s in q["statements"]]
QUADRANTS = {q["title"]: [s["name"] for s in q["statements"]] for q in SURVEY["questions"] if q["type"] == "likert"}


def rating(value):
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return None
    if isinstance(value, (int, float)):
        return int(value) if 1 <= value <= 5 else None
    text = str(value).strip().lower()
    if text in LABELS:
        return LABELS[text]
    head = text.split(" ")[0]
    return int(head) if head.isdigit() and 1 <= int(head) <= 5 else None


def from_forms(path):
    frame = pd.read_excel(path, engine="openpyxl")
    columns = {"Community": "community", "Period": "period"}
    columns.update({text: name for text, name in STATEMENTS})
    frame = frame[[c for c in frame.columns if c in columns]].rename(columns=columns)
    for _, name in STATEMENTS:
        frame[name] = frame[name].map(rating)
    return frame


def from_templates(folder):
    rows = []
    for file in sorted(os.listdir(folder)):
        book = openpyxl.load_workbook(os.path.join(folder, file), read_only=False, data_only=True)
        def value(name):
            defined = book.defined_names.get(name) if hasattr(book.defined_names, "get") else book.defined_names[name]
            sheet, cell = next(defined.destinations)
            return book[sheet][cell.replace("$", "").split(":")[0]].value
        row = {"community": value("about.community"), "period": value("about.period")}
        for _, name in STATEMENTS:
            row[name] = rating(value(name))
        rows.append(row)
    return pd.DataFrame(rows)


def aggregate(frame):
    out = []
    for (community, period), group in frame.groupby(["community", "period"], sort=True):
        for _, name in STATEMENTS:
            values = group[name].dropna()
            out.append({"community": community, "period": period, "indicator": name, "n": len(values),
                        "mean": values.mean(), "median": values.median(), "sd": values.std(ddof=1),
                        "top2": (values >= 4).mean() if len(values) else None})
        for title, names in QUADRANTS.items():
            scores = group[names].mean(axis=1, skipna=True).dropna()
            out.append({"community": community, "period": period, "indicator": title, "n": len(scores),
                        "mean": scores.mean(), "median": scores.median(), "sd": scores.std(ddof=1), "top2": None})
    return pd.DataFrame(out)


def write(table, path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Indicators"
    sheet.append(list(table.columns))
    for row in table.itertuples(index=False):
        sheet.append([None if isinstance(v, float) and pd.isna(v) else v for v in row])
    book.save(path)


def main():
    kind, source, target = sys.argv[1:4]
    started = time.perf_counter()
    frame = from_forms(source) if kind == "forms" else from_templates(source)
    write(aggregate(frame), target)
    print(f"{kind}: {len(frame)} responses in {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    main()
