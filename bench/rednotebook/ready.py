#!/usr/bin/python3
"""Runs RedNotebook (the Debian package) and prints "ready N ms after process start" the first time
its main loop is idle — the journal loaded (RedNotebook loads it before the loop runs) and the window
drawn — then exits. RedNotebook's own command line follows: ready.py JOURNAL_DIR. With STAY_OPEN=1 it
stays open; with SEARCH=WORDS too, it searches for them SEARCH_AFTER_MS (default 3000) after ready."""
import os
import sys

sys.path.insert(0, "/usr/share/rednotebook")
from gi.repository import GLib  # noqa: E402


def since_start_ms():
    with open("/proc/self/stat") as f:
        start_ticks = int(f.read().rsplit(")", 1)[1].split()[19])
    with open("/proc/uptime") as f:
        uptime = float(f.read().split()[0])
    return int((uptime - start_ticks / os.sysconf("SC_CLK_TCK")) * 1000)


JOURNAL = []


def search():
    """What pressing Enter in RedNotebook's search box does, for the words in $SEARCH."""
    JOURNAL[0].frame.search_box.search(os.environ["SEARCH"])
    print(f"RedNotebook: searched {since_start_ms()} ms after process start", flush=True)
    return False


def ready():
    print(f"RedNotebook: ready {since_start_ms()} ms after process start", flush=True)
    if os.environ.get("STAY_OPEN") != "1":
        os._exit(0)
    if os.environ.get("SEARCH"):
        GLib.timeout_add(int(os.environ.get("SEARCH_AFTER_MS", "3000")), search)
    return False


GLib.idle_add(ready, priority=GLib.PRIORITY_LOW)
import rednotebook.journal  # noqa: E402  (parses the command line and builds the application)

_init = rednotebook.journal.Journal.__init__


def _keep(self, *args, **kwargs):
    _init(self, *args, **kwargs)
    JOURNAL.append(self)


rednotebook.journal.Journal.__init__ = _keep
rednotebook.journal.main()
