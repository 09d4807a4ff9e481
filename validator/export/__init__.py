"""`validate --export`: the checked figures as tidy tables, and `validate --summary`.

- `rows`: figures.csv / figures.jsonl, one row per figure `--show-figures` lists.
- `events`: events.csv, one row per event, measure and place, read together as C001/C005 read them.
- `csv_safe`, `jsonl`, `datapackage`: the writers; `files`: the four files, written atomically.
- `summary`: the event table for a terminal; `command`: what the command-line options do.

Imported by validator.cli only when `--export` or `--summary` is given.
"""
