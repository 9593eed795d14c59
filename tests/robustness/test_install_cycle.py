"""Install, upgrade and remove the extension the way an admin does (unopkg --shared,
silent licence), in an isolated profile and extension cache; after each step the office
starts clean and has exactly what it should: the functions, the menu, the sidebar deck
and its panel factory — and after removal none of them, and nothing left in the cache.
"""
import os
import re
import shutil
import unittest
import zipfile

import uno

from kat_office import EXTENSION_ID, IsolatedOffice, fresh_office_dir, props

BUILD = os.environ.get("KAT_BUILD_DIR", os.path.join(os.path.dirname(__file__), "..", "..", "build"))
OXT = os.path.join(BUILD, "keyaccount.oxt")


def upgraded_copy(oxt, path):
    """The same package with its version's last number raised (what a new release is)."""
    with zipfile.ZipFile(oxt) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "description.xml":
                text = data.decode("utf-8")
                old = re.search(r'<version value="(\d+)\.(\d+)\.(\d+)"', text)
                new = "%s.%s.%d" % (old.group(1), old.group(2), int(old.group(3)) + 1)
                data = text.replace(old.group(0), '<version value="%s"' % new).encode("utf-8")
            target.writestr(item, data)
    return new


def configuration(office, path):
    provider = office.context.ServiceManager.createInstanceWithContext(
        "com.sun.star.configuration.ConfigurationProvider", office.context)
    return provider.createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess",
                                                props(nodepath=path))


class InstallCycleTest(unittest.TestCase):
    def setUp(self):
        self.office = IsolatedOffice(fresh_office_dir(os.path.join(BUILD, "install-cycle")))

    def tearDown(self):
        self.office.kill()

    def state(self):
        """What the office sees of the extension: (function result, menu, deck, factory)."""
        with self.office:
            doc = self.office.new_calc()
            cell = doc.Sheets.getByIndex(0).getCellRangeByName("A1")
            cell.setFormula('=PIPELINE.STAGEPROB("意向客户")')
            doc.calculateAll()
            value = cell.getValue() if cell.getError() == 0 else None
            doc.close(True)
            menu = configuration(self.office, "/org.openoffice.Office.Addons/AddonUI/OfficeMenuBar").hasByName("org.keyaccount.menu")
            deck = configuration(self.office, "/org.openoffice.Office.UI.Sidebar/Content/DeckList").hasByName("KeyAccountDeck")
            factory = configuration(self.office, "/org.openoffice.Office.UI.Factories/Registered/UIElementFactories").hasByName(
                "org.keyaccount.PanelFactory")
            self.assertTrue(self.office.alive())
        return value, menu, deck, factory

    def listed_version(self):
        listing = self.office.unopkg("list").stdout
        self.assertEqual(1, listing.count("Identifier: " + EXTENSION_ID), listing)
        return re.search(r"Version: (\S+)", listing[listing.index(EXTENSION_ID):]).group(1)

    def test_install_upgrade_remove(self):
        self.office.install(OXT)
        first = self.listed_version()
        self.assertEqual((0.3, True, True, True), self.state())

        newer = os.path.join(self.office.root, "keyaccount-upgrade.oxt")
        version = upgraded_copy(OXT, newer)
        self.office.install(newer)  # add again: replaces the older version
        self.assertEqual(version, self.listed_version())
        self.assertNotEqual(first, version)
        self.assertEqual((0.3, True, True, True), self.state())

        self.office.remove()
        self.assertFalse(self.office.installed())
        self.assertEqual((None, False, False, False), self.state())
        # Nothing of ours left in the extension cache.
        leftovers = [os.path.join(d, f) for d, _, files in os.walk(self.office.cache) for f in files
                     if "keyaccount" in f.lower() and not f.endswith(".log")]
        self.assertEqual([], leftovers)


if __name__ == "__main__":
    unittest.main()
