"""An isolated LibreOffice for tests and the main job.

Everything lives under one folder of the build tree: the user profile
(UserInstallation) and the shared-extension cache (UNO_SHARED_PACKAGES_CACHE). The
machine's global extension store and real user profiles are never touched.

Run with Debian's /usr/bin/python3 (it has the `uno` module from python3-uno).
"""
import os
import shutil
import subprocess
import time
import uuid

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException

EXTENSION_ID = "org.keyaccount.toolkit"
SOFFICE = "/usr/lib/libreoffice/program/soffice"
UNOPKG = "/usr/lib/libreoffice/program/unopkg"


def file_url(path):
    return uno.systemPathToFileUrl(os.path.abspath(path))


def props(**values):
    out = []
    for name, value in values.items():
        p = PropertyValue()
        p.Name = name
        p.Value = value
        out.append(p)
    return tuple(out)


class IsolatedOffice:
    """One office installation state under `root`: profile + shared extension cache."""

    def __init__(self, root, ui_language=None, profile_name="profile"):
        self.root = os.path.abspath(root)
        # Several profiles may share one extension cache (e.g. an en-US and a zh-CN UI).
        self.profile = os.path.join(self.root, profile_name)
        self.cache = os.path.join(self.root, "shared-cache")
        self.ui_language = ui_language
        self.process = None
        self.context = None
        self.desktop = None
        os.makedirs(self.root, exist_ok=True)

    def env_args(self):
        return [
            "-env:UserInstallation=" + file_url(self.profile),
            "-env:UNO_SHARED_PACKAGES_CACHE=" + file_url(self.cache),
        ]

    # --- extension management (unopkg --shared, isolated by the two -env: options) ---

    def unopkg(self, *args, check=True):
        cmd = [UNOPKG, *args, "--shared", *self.env_args()]
        result = subprocess.run(cmd, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=300)
        if check and result.returncode != 0:
            raise RuntimeError("unopkg %s failed (%d):\n%s\n%s" % (args, result.returncode, result.stdout, result.stderr))
        return result

    def install(self, oxt):
        # -s: accept the licence non-interactively (an admin installing for everyone).
        return self.unopkg("add", "-s", "-f", os.path.abspath(oxt))

    def remove(self):
        return self.unopkg("remove", EXTENSION_ID)

    def installed(self):
        return EXTENSION_ID in self.unopkg("list", check=False).stdout

    # --- the office process ---

    def start(self, headless=True, timeout=90, environment=None, stderr_path=None):
        """Starts soffice; `environment` adds variables, `stderr_path` keeps its stderr."""
        pipe = "kat_" + uuid.uuid4().hex[:12]
        cmd = [SOFFICE, *self.env_args(), "--norestore", "--nologo", "--nodefault", "--nofirststartwizard",
               "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe]
        if headless:
            cmd.insert(1, "--headless")
            cmd.insert(1, "--invisible")
        if self.ui_language:
            self._set_ui_language(self.ui_language)
        env = dict(os.environ, **(environment or {}))
        stderr = open(stderr_path, "w") if stderr_path else subprocess.DEVNULL
        self.process = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                        stderr=stderr, start_new_session=True, env=env)
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        deadline = time.time() + timeout
        while True:
            try:
                self.context = resolver.resolve(
                    "uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
                break
            except NoConnectException:
                if self.process.poll() is not None:
                    raise RuntimeError("soffice exited with %s before accepting" % self.process.returncode)
                if time.time() > deadline:
                    self.kill()
                    raise RuntimeError("soffice did not accept a connection within %ss" % timeout)
                time.sleep(0.25)
        smgr = self.context.ServiceManager
        self.desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", self.context)
        return self

    def alive(self, timeout=60):
        """True when the office still answers a UNO call within `timeout` seconds. The bridge
        is the truth: the process we started is the soffice launcher, which is not the office."""
        if self.desktop is None:
            return False
        import threading
        answered = []

        def ask():
            try:
                self.desktop.getComponents()
                answered.append(True)
            except Exception:
                pass
        asker = threading.Thread(target=ask, daemon=True)
        asker.start()
        asker.join(timeout)
        return bool(answered)

    def stop(self):
        if self.desktop is not None:
            # terminate() can wait forever behind a modal dialog: give it 30 s, then kill.
            import threading

            def terminate(desktop=self.desktop):
                try:
                    desktop.terminate()
                except Exception:
                    pass  # a terminating office drops the bridge: expected
            closer = threading.Thread(target=terminate, daemon=True)
            closer.start()
            closer.join(30)
        if self.process is not None:
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.kill()
        self.process = None
        self.desktop = None
        self.context = None

    def kill(self):
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, 9)
            self.process.wait()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()

    def _set_ui_language(self, language):
        """Writes the UI locale into the isolated profile's registrymodifications."""
        user = os.path.join(self.profile, "user")
        os.makedirs(user, exist_ok=True)
        path = os.path.join(user, "registrymodifications.xcu")
        item = ('<item oor:path="/org.openoffice.Office.Linguistic/General">'
                '<prop oor:name="UILocale" oor:op="fuse"><value>%s</value></prop></item>' % language)
        if os.path.exists(path):
            text = open(path, encoding="utf-8").read()
            if item in text:
                return
            text = text.replace("</oor:items>", item + "\n</oor:items>")
        else:
            text = ('<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" '
                    'xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
                    + item + "\n</oor:items>\n")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)

    # --- documents ---

    def new_calc(self):
        return self.desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0, props(Hidden=True))

    def open(self, path):
        return self.desktop.loadComponentFromURL(file_url(path), "_blank", 0, props(Hidden=True))


def fresh_office_dir(path):
    """Removes a previous run's profile and cache so each run starts clean."""
    shutil.rmtree(path, ignore_errors=True)
    os.makedirs(path, exist_ok=True)
    return path


class _ReportResult:
    """Collects a vnd.keyaccount: dispatch's result event (state, sheet, status)."""

    def __init__(self):
        self.state = None
        self.sheet = ""
        self.status = ""


def dispatch_report(doc, command, cell=None, **arguments):
    """Runs vnd.keyaccount:<command> on `doc` with the current cell at `cell` ("Sheet.A1"
    address or a cell range object) and returns (built, sheet name, status text)."""
    import unohelper
    from com.sun.star.frame import XDispatchResultListener
    from com.sun.star.frame.DispatchResultState import SUCCESS

    controller = doc.getCurrentController()
    if cell is not None:
        target = doc.Sheets.getByName(cell.split(".")[0]).getCellRangeByName(cell.split(".")[1]) \
            if isinstance(cell, str) else cell
        controller.setActiveSheet(target.Spreadsheet)
        controller.select(target)
    result = _ReportResult()

    class Listener(unohelper.Base, XDispatchResultListener):
        def dispatchFinished(self, event):
            result.state = event.State
            if event.Result:
                result.sheet, result.status = event.Result[0], event.Result[1]

        def disposing(self, source):
            pass

    url = uno.createUnoStruct("com.sun.star.util.URL")
    url.Complete = "vnd.keyaccount:" + command
    url.Protocol = "vnd.keyaccount:"
    url.Path = command
    dispatcher = controller.getFrame().queryDispatch(url, "", 0)
    if dispatcher is None:
        raise RuntimeError("no dispatcher for " + url.Complete + " (is the extension installed?)")
    dispatcher.dispatchWithNotification(url, props(**arguments), Listener())
    return result.state == SUCCESS, result.sheet, result.status
