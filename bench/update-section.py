"""Replaces (or appends) one "## <title>" section of BENCHMARKS.md with the text given on the command line."""
import pathlib
import re
import sys

title, section = sys.argv[1], sys.argv[2].rstrip() + "\n"
path = pathlib.Path("BENCHMARKS.md")
text = path.read_text() if path.exists() else "# Benchmarks\n\nFigures from the scripts in `bench/`, each with the machine it ran on.\n"
heading = "## " + title + "\n"
if heading in text:
    text = re.sub(re.escape(heading) + r".*?(?=\n## |\Z)", lambda _: section, text, flags=re.S)
else:
    text = text.rstrip() + "\n\n" + section
path.write_text(text)
