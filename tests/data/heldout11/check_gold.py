"""Integrity check for this set's gold.jsonl: the shared checker ``tests/data/check_gold.py`` on this folder.

Run: python3 check_gold.py   (inside this folder)
"""
import pathlib
import runpy
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.argv = [sys.argv[0], str(HERE)]
runpy.run_path(str(HERE.parent / "check_gold.py"), run_name="__main__")
