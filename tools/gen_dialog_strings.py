"""Writes each dialog's string resources from dialogs/ui_strings.tsv.

    gen_dialog_strings.py ui_strings.tsv dialogs_dir out_dir [--sources dir]

For every dialogs_dir/<Name>.xdl: <Name>_en_US.properties, <Name>_zh_CN.properties and
<Name>_en_US.default (the fallback locale) in out_dir, with the dialog's own ids and the
Common.* ones. Properties files are ISO-8859-1 with \\uXXXX escapes, as LibreOffice's
string resource reader wants. Fails when an .xdl or (with --sources) a C++ file under
dir names an id the table does not have, or a row lacks a language.
"""
import glob
import os
import re
import sys

LOCALES = (("en_US", 1), ("zh_CN", 2))


def escape(text):
    out = []
    for ch in text:
        code = ord(ch)
        if ch == "\\":
            out.append("\\\\")
        elif 0x20 <= code <= 0x7E:
            out.append(ch)
        elif code > 0xFFFF:
            code -= 0x10000
            out.append("\\u%04x\\u%04x" % (0xD800 + (code >> 10), 0xDC00 + (code & 0x3FF)))
        else:
            out.append("\\u%04x" % code)
    return "".join(out)


def read_table(path):
    rows = {}
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cells = line.split("\t")
            if len(cells) != 3 or not all(cells):
                sys.exit("%s:%d: want id<TAB>en-US<TAB>zh-CN" % (path, number))
            if cells[0] in rows:
                sys.exit("%s:%d: %s twice" % (path, number, cells[0]))
            rows[cells[0]] = cells
    return rows


def main(argv):
    table_path, dialogs_dir, out_dir = argv[1:4]
    sources = argv[argv.index("--sources") + 1] if "--sources" in argv else None
    rows = read_table(table_path)
    os.makedirs(out_dir, exist_ok=True)
    missing = []
    for xdl in sorted(glob.glob(os.path.join(dialogs_dir, "*.xdl"))):
        name = os.path.splitext(os.path.basename(xdl))[0]
        text = open(xdl, encoding="utf-8").read()
        missing += ["%s: %s" % (xdl, ref) for ref in re.findall(r'"&amp;([\w.]+)"', text) if ref not in rows]
        ids = [key for key in rows if key.startswith(name + ".") or key.startswith("Common.")]
        for locale, column in LOCALES:
            with open(os.path.join(out_dir, "%s_%s.properties" % (name, locale)), "w", encoding="latin-1") as f:
                f.write("# generated from dialogs/ui_strings.tsv\n")
                for key in ids:
                    f.write("%s=%s\n" % (key, escape(rows[key][column])))
        open(os.path.join(out_dir, "%s_en_US.default" % name), "w").close()
    if sources:
        for path in glob.glob(os.path.join(sources, "**", "*.cxx"), recursive=True):
            code = open(path, encoding="utf-8").read()
            missing += ["%s: %s" % (path, ref) for ref in re.findall(r'"((?:Common|FunnelPanel|RebatesPanel|StakeholdersPanel|MappingDialog)\.\w+)"', code) if ref not in rows]
    if missing:
        sys.exit("string ids not in %s:\n  %s" % (table_path, "\n  ".join(missing)))


if __name__ == "__main__":
    main(sys.argv)
