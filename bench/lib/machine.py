#!/usr/bin/env python3
"""Records the machine and the version of every program measured into BENCH_OUT/machine.json."""
import glob
import os
import platform
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from benchlib import ROOT, imagemagick, write_result  # noqa: E402


def first_line(cmd):
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=60)
        return p.stdout.strip().splitlines()[0] if p.stdout.strip() else None
    except (OSError, subprocess.TimeoutExpired):
        return None


def cpu_model():
    with open("/proc/cpuinfo") as f:
        m = re.search(r"^model name\s*:\s*(.+)$", f.read(), re.M)
    return m.group(1) if m else platform.processor()


def mem_total_gb():
    with open("/proc/meminfo") as f:
        kb = int(re.search(r"MemTotal:\s+(\d+)", f.read()).group(1))
    return round(kb / 1024 / 1024, 1)


def os_name():
    try:
        with open("/etc/os-release") as f:
            return re.search(r'^PRETTY_NAME="?([^"\n]+)', f.read(), re.M).group(1)
    except (OSError, AttributeError):
        return platform.platform()


def pom_property(name):
    with open(os.path.join(ROOT, "pom.xml")) as f:
        m = re.search(r"<%s>([^<]+)</%s>" % (name, name), f.read())
    return m.group(1) if m else None


def main():
    kafka = [os.path.basename(j)[len("kafka_2.13-"):-4] for j in glob.glob(
        os.path.join(ROOT, "local-runtime", "target", "lib", "kafka_2.13-*.jar"))]
    im = imagemagick()
    commit = first_line(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"])
    dirty = subprocess.run(["git", "-C", ROOT, "diff", "--quiet", "HEAD", "--", "render-service", "ingest-service",
                            "media-service", "contract"]).returncode != 0
    write_result("machine", {
        "cpus": os.cpu_count(), "cpu_model": cpu_model(), "ram_gb": mem_total_gb(), "os": os_name(),
        "kernel": platform.release(), "load_average_at_start": list(os.getloadavg()),
        "versions": {
            "rotative": "%s%s" % (commit, " + uncommitted changes in the services" if dirty else ""),
            "java": first_line(["java", "-version"]),
            "quarkus": pom_property("quarkus.platform.version"),
            "commonmark-java": pom_property("commonmark.version"),
            "kafka": kafka[0] if kafka else None,
            "postgresql (embedded)": pom_property("embedded-postgres-binaries.version"),
            "jekyll": first_line(["jekyll", "--version"]),
            "ruby": first_line(["ruby", "--version"]),
            "kramdown": first_line(["ruby", "-rkramdown", "-e", "print Kramdown::VERSION"]),
            "kramdown-parser-gfm": first_line(["ruby", "-rkramdown-parser-gfm", "-e",
                                               "print Kramdown::Parser::GFM::VERSION"]),
            "hugo": first_line(["hugo", "version"]),
            "vips": first_line(["vips", "--version"]),
            "imagemagick": first_line(im + ["-version"]) if im else "not installed",
            "python": platform.python_version(),
        },
    })


if __name__ == "__main__":
    main()
