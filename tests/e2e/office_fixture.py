"""ctest fixture steps: install the built .oxt into the isolated office, or remove it.

    office_fixture.py install ROOT OXT   -- fresh ROOT, unopkg add --shared, checks it is listed
    office_fixture.py remove ROOT        -- unopkg remove --shared, checks it is gone and that
                                            the office starts clean without it
"""
import os
import sys

from kat_office import IsolatedOffice, fresh_office_dir


def install(root, oxt):
    office = IsolatedOffice(fresh_office_dir(root))
    office.install(oxt)
    if not office.installed():
        sys.exit("the extension is not listed after unopkg add")
    print("installed %s into %s (%s)" % (oxt, root, os.environ.get("KAT_OFFICE_NAME", "the system's LibreOffice")))


def remove(root):
    office = IsolatedOffice(root)
    office.remove()
    if office.installed():
        sys.exit("the extension is still listed after unopkg remove")
    # The office starts clean without it, and our functions are gone (#NAME?).
    with office:
        doc = office.new_calc()
        cell = doc.Sheets.getByIndex(0).getCellRangeByName("A1")
        cell.setFormula('=PIPELINE.STAGEPROB("Target")')
        doc.calculateAll()
        if cell.getError() == 0:
            sys.exit("PIPELINE.STAGEPROB still computes after removal")
        doc.close(True)
    print("removed from %s; the office starts clean" % root)


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "install":
        install(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 3 and sys.argv[1] == "remove":
        remove(sys.argv[2])
    else:
        sys.exit(__doc__)
