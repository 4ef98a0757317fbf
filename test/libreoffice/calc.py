#!/usr/bin/python3
"""Drives LibreOffice Calc headless through Python UNO: opens workbooks, types cells with real types, saves.

Usage: /usr/bin/python3 calc.py JOBS.json
JOBS.json is a list of {"in": path or null, "out": path, "filter": "xlsx"|"ods"|"xls", "ops": [...]}.
One soffice process serves every job (one at a time), with its own throw-away user profile, so the suite
never touches a person's LibreOffice settings and never collides with another soffice. Exits non-zero
with a one-line reason when LibreOffice cannot be started or a job fails.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.table import CellAddress
from com.sun.star.table.CellContentType import FORMULA

FILTERS = {"xlsx": "Calc MS Excel 2007 XML", "ods": "calc8", "xls": "MS Excel 97"}
START_TIMEOUT = 60


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def url(path):
    return uno.systemPathToFileUrl(os.path.abspath(path))


def start():
    profile = tempfile.mkdtemp(prefix="tong-hop-lo-")
    pipe = "tonghop" + str(os.getpid())
    proc = subprocess.Popen(
        [
            "soffice",
            "--headless",
            "--invisible",
            "--nologo",
            "--norestore",
            "--nodefault",
            "--nolockcheck",
            "-env:UserInstallation=" + url(profile),
            "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.time() + START_TIMEOUT
    while True:
        try:
            ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
            break
        except Exception:
            if proc.poll() is not None or time.time() > deadline:
                proc.kill()
                shutil.rmtree(profile, ignore_errors=True)
                sys.exit("soffice did not start within %d s" % START_TIMEOUT)
            time.sleep(0.25)
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    return proc, profile, desktop


def date_serial(iso):
    y, m, d = (int(x) for x in iso.split("-"))
    import datetime

    return (datetime.date(y, m, d) - datetime.date(1899, 12, 30)).days


def number_format(doc, code):
    formats = doc.getNumberFormats()
    locale = uno.createUnoStruct("com.sun.star.lang.Locale")
    key = formats.queryKey(code, locale, False)
    return key if key != -1 else formats.addNew(code, locale)


def apply(doc, op):
    sheets = doc.getSheets()
    if "rename" in op:
        sheets.getByName(op["sheet"]).setName(op["rename"])
        return
    if "newSheet" in op:
        sheets.insertNewByName(op["newSheet"], sheets.getCount())
        return
    if "removeSheet" in op:
        sheets.removeByName(op["removeSheet"])
        return
    sheet = sheets.getByName(op["sheet"])
    if "merge" in op:
        sheet.getCellRangeByName(op["merge"]).merge(True)
        return
    if "hideRow" in op:
        sheet.getRows().getByIndex(op["hideRow"] - 1).IsVisible = False
        return
    cell = sheet.getCellRangeByName(op["cell"])
    if "number" in op:
        cell.setValue(op["number"])
    elif "string" in op:
        cell.setString(op["string"])
    elif "formula" in op:
        cell.setFormula(op["formula"])
    elif "bool" in op:
        cell.setFormula("=TRUE()" if op["bool"] else "=FALSE()")
    elif "date" in op:
        cell.setValue(date_serial(op["date"]))
        cell.NumberFormat = number_format(doc, op.get("format", "DD/MM/YYYY"))
    elif "percent" in op:
        cell.setValue(op["percent"])
        cell.NumberFormat = number_format(doc, op.get("format", "0%"))
    if "comment" in op:
        addr = cell.getCellAddress()
        sheet.getAnnotations().insertNew(addr, op["comment"])


def run(desktop, job):
    hidden = (prop("Hidden", True),)
    if job.get("in"):
        doc = desktop.loadComponentFromURL(url(job["in"]), "_blank", 0, hidden)
    else:
        doc = desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0, hidden)
    try:
        for op in job.get("ops", []):
            apply(doc, op)
        doc.calculateAll()
        out = job["out"]
        doc.storeToURL(url(out), (prop("FilterName", FILTERS[job.get("filter", "xlsx")]), prop("Overwrite", True)))
    finally:
        doc.close(True)


def main():
    jobs = json.load(open(sys.argv[1], encoding="utf-8"))
    proc, profile, desktop = start()
    try:
        for job in jobs:
            run(desktop, job)
    finally:
        try:
            desktop.terminate()
        except Exception:
            pass
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    main()
