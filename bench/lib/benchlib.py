"""Shared helpers of the bench/ scripts: paths, sizes (--quick or full), the bench pipeline, statistics, results.

Standard library only. bench/run exports BENCH_QUICK and BENCH_OUT; each benchmark script writes
BENCH_OUT/<name>.json, which report.py turns into bench/RESULTS.md.
"""
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
import urllib.request

BENCH = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ROOT = os.path.dirname(BENCH)
SHARED = os.path.abspath(os.environ.get("ROTATIVE_SHARED", os.path.join(ROOT, "..", "shared")))
CORPUS = os.path.join(SHARED, "corpus", "numerique.gouv.fr")
ORACLE = os.path.join(SHARED, "oracle")
OUT = os.path.abspath(os.environ.get("BENCH_OUT", os.path.join(BENCH, "out")))
QUICK = os.environ.get("BENCH_QUICK") == "1"
BENCH_JAR_CP = os.path.join(ROOT, "benchmarks", "target", "benchmarks.jar") + ":" + \
    os.path.join(ROOT, "benchmarks", "target", "lib", "*")

# Ports of the bench pipeline: never those of `./pipeline up` (8081-8083, 9092, 15432) nor of the test broker
# (19092-19093, 15433).
PORTS = {"ingest": 28081, "render": 28082, "media": 28083, "kafka": 29092, "postgres": 25432}
SECOND_RENDER_PORT = 28084


def size(quick, full):
    """The quick (smoke) or the full value of a parameter."""
    return quick if QUICK else full


def log(msg):
    print("  " + msg, flush=True)


def die(msg):
    print("bench: error: " + msg, file=sys.stderr, flush=True)
    sys.exit(1)


def stats(values):
    """Median and spread of a list of numbers (min, max, quartiles when there are enough)."""
    values = [v for v in values if v is not None]
    if not values:
        return None
    s = {"n": len(values), "median": statistics.median(values), "min": min(values), "max": max(values),
         "values": values}
    if len(values) >= 4:
        q = statistics.quantiles(values, n=4)
        s["q1"], s["q3"] = q[0], q[2]
    return s


def write_result(name, result):
    result.setdefault("quick", QUICK)
    result.setdefault("measured_at", time.strftime("%Y-%m-%dT%H:%M:%S%z"))
    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, name + ".json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(result, f, indent=2, ensure_ascii=False)
        f.write("\n")
    log("wrote " + os.path.relpath(path, ROOT))


def run(cmd, **kw):
    """Runs a command, returns (wall seconds, completed process); fails with its output when it fails."""
    t0 = time.perf_counter()
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, **kw)
    wall = time.perf_counter() - t0
    if p.returncode != 0:
        die("%s failed (exit %d):\n%s" % (" ".join(cmd), p.returncode, p.stdout[-4000:]))
    return wall, p


def replicated_site(n):
    """The corpus replicated to n articles by the shared replicate-corpus, made once under BENCH_OUT/sites/."""
    site = os.path.join(OUT, "sites", "site-%d" % n)
    stamp = os.path.join(site, ".complete")
    if not os.path.exists(stamp):
        shutil.rmtree(site, ignore_errors=True)
        log("replicating the corpus to %d articles (shared replicate-corpus)" % n)
        run([os.path.join(ORACLE, "bench", "replicate-corpus"), CORPUS, site, str(n)])
        open(stamp, "w").close()
    return site


def is_collection(folder):
    """A folder of the corpus holding articles (as the shared replicate-corpus reads them)."""
    return folder.startswith("_") and folder not in ("_layouts", "_includes")


def copy_corpus(site, n, tag):
    """The corpus' articles copied to n files under `site` (its _config.yml too), each name suffixed with
    -<tag><round>: ids that the shared replicate-corpus (suffix -r<round>) never makes."""
    files = sorted(os.path.join(d, f) for d, _, names in os.walk(CORPUS) for f in names
                   if is_collection(os.path.relpath(d, CORPUS).split(os.sep)[0]) and f.endswith((".md", ".markdown")))
    shutil.rmtree(site, ignore_errors=True)
    os.makedirs(site)
    shutil.copy(os.path.join(CORPUS, "_config.yml"), site)
    for i in range(n):
        source = files[i % len(files)]
        rel = os.path.relpath(source, CORPUS)
        stem, ext = os.path.splitext(os.path.basename(rel))
        target = os.path.join(site, rel.split(os.sep)[0], "%s-%s%d%s" % (stem[:150], tag, i // len(files), ext))
        os.makedirs(os.path.dirname(target), exist_ok=True)
        shutil.copy(source, target)
    return n


def empty_site():
    """A site with the corpus' _config.yml and no article: what the bench pipeline starts on."""
    site = os.path.join(OUT, "sites", "empty")
    os.makedirs(site, exist_ok=True)
    shutil.copy(os.path.join(CORPUS, "_config.yml"), site)
    return site


def site_builders(site, work):
    """One `jekyll build` and one `hugo` on a site's files (the shared bench-site-builders, assembling its sites
    under work): its summary."""
    summary = os.path.join(work, "site-builders.json")
    os.makedirs(work, exist_ok=True)
    run([os.path.join(ORACLE, "bench", "bench-site-builders"), site, "--work", work, "--runs", "1",
         "--json", summary])
    with open(summary) as f:
        return json.load(f)


def builder_stats(summaries, tool):
    """One tool ("jekyll", "hugo") over several site_builders summaries: version, pages, medians and spreads."""
    last = summaries[-1][tool]
    timings = [t for s in summaries for t in s[tool]["runs"]]
    return {"version": last["version"], "pages": last["pages"],
            "seconds_wall": stats([t["wall_s"] for t in timings]),
            "pages_per_s_wall": stats([last["pages"] / t["wall_s"] for t in timings]),
            "pages_per_s_internal": stats([last["pages"] / t["internal_s"] for t in timings if t["internal_s"]])}


def peer_runs():
    return int(os.environ.get("BENCH_PEER_RUNS", size(1, 3)))


# --- process memory ---------------------------------------------------------------------------------------------

def proc_status_kb(pid, field):
    """VmRSS / VmHWM of a process in kB, None when it is gone."""
    try:
        with open("/proc/%d/status" % pid) as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def reset_peak_rss(pid):
    """Resets VmHWM (Linux clear_refs 5), so the next reading is the peak of what follows."""
    try:
        with open("/proc/%d/clear_refs" % pid, "w") as f:
            f.write("5")
    except OSError:
        pass


# --- process CPU time -----------------------------------------------------------------------------------------

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def processes():
    """CPU seconds (user + system, its own and that of the children it has waited for) of every process, and the
    children of each: ({pid: seconds}, {ppid: [pid]})."""
    seconds, children = {}, {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open("/proc/%s/stat" % entry) as f:
                    # The command name, in parentheses, may hold spaces: the fields start after the last ')'.
                    fields = f.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            seconds[int(entry)] = sum(int(x) for x in fields[11:15]) / CLOCK_TICKS
            children.setdefault(int(fields[1]), []).append(int(entry))
    return seconds, children


def tree_cpu_seconds(root, seconds, children):
    """CPU seconds of `root` and its live descendants (processes()): PostgreSQL's server processes are children of
    its postmaster, and a connection that ended counts in the postmaster's waited-for children."""
    total, todo = 0.0, [root]
    while todo:
        pid = todo.pop()
        if pid in seconds:
            total += seconds[pid]
            todo.extend(children.get(pid, ()))
    return total


# --- the bench pipeline -----------------------------------------------------------------------------------------

class Pipeline:
    """`./pipeline` on the bench's own ports and state folder (BENCH_OUT/state/<name>), started fresh."""

    def __init__(self, name, media_env=None):
        self.home = os.path.join(OUT, "state", name)
        self.log = os.path.join(OUT, "logs", "pipeline-%s.log" % name)
        self.env = dict(os.environ)
        self.env.update({
            "PIPELINE_HOME": self.home,
            "PIPELINE_INGEST_PORT": str(PORTS["ingest"]), "PIPELINE_RENDER_PORT": str(PORTS["render"]),
            "PIPELINE_MEDIA_PORT": str(PORTS["media"]), "PIPELINE_KAFKA_PORT": str(PORTS["kafka"]),
            "PIPELINE_PG_PORT": str(PORTS["postgres"]), "PIPELINE_WAIT_SECONDS": "3600",
            # The services read their own keys from the environment ./pipeline passes on: variants cached in this
            # state folder (not the machine-wide default in /tmp), open variant URLs as in a local run.
            "ROTATIVE_MEDIA_CACHE_DIR": os.path.join(self.home, "media-cache"),
            "ROTATIVE_MEDIA_SIGNING_REQUIRED": "false",
        })
        self.env.update(media_env or {})
        os.makedirs(os.path.dirname(self.log), exist_ok=True)

    def url(self, service, path=""):
        return "http://127.0.0.1:%d%s" % (PORTS[service], path)

    def pipeline(self, *args, check=True, timeout=3600):
        with open(self.log, "a") as out:
            out.write("\n$ ./pipeline %s\n" % " ".join(args))
            out.flush()
            try:
                code = subprocess.run([os.path.join(ROOT, "pipeline")] + list(args), env=self.env, stdout=out,
                                      stderr=subprocess.STDOUT, cwd=ROOT, timeout=timeout).returncode
            except subprocess.TimeoutExpired:
                code = "timeout after %d s" % timeout
        if check and code != 0:
            self.down()
            die("./pipeline %s failed (%s); see %s and %s/logs/" % (" ".join(args), code, self.log, self.home))

    def up(self, site):
        """Starts everything on a fresh state folder with `site` imported."""
        self.pipeline("down", check=False)
        shutil.rmtree(self.home, ignore_errors=True)
        os.makedirs(self.home)
        # bench/run built the jars once (one Maven build at a time on this machine): tell ./pipeline they are current.
        open(os.path.join(self.home, "build.stamp"), "w").close()
        # A service that never answers its health check would hold `up` forever: 10 minutes is plenty.
        self.pipeline("up", site, "--detach", timeout=600)

    def down(self):
        self.pipeline("down", check=False)

    def pid(self, name):
        try:
            with open(os.path.join(self.home, "run", name + ".pid")) as f:
                return int(f.read().strip())
        except (OSError, ValueError):
            return None

    def status(self):
        with urllib.request.urlopen(self.url("ingest", "/api/status"), timeout=10) as r:
            return json.load(r)

    def wait_settled(self, started, expected_articles, timeout=3600, interval=0.1, samples=None, far_interval=None):
        """Polls ingest's /api/status until `settled` and rendered == published over every expected article;
        returns the seconds since `started` (time.perf_counter()). `samples` collects (t, rendered).
        With `far_interval`, polls that often until 95 % of the articles are in and rendered, then every `interval`:
        each poll counts over the whole article table (about 10 ms of PostgreSQL at 10,000 articles), CPU time the
        measured pipeline would lose at 10 polls a second."""
        deadline = time.perf_counter() + timeout
        while True:
            s = self.status()
            now = time.perf_counter()
            if samples is not None:
                samples.append((now - started, s["rendered"]))
            arrived = s["articles"] + s["rejected"]
            if arrived >= expected_articles and s["settled"] and s["rendered"] == s["published"]:
                return now - started, s
            if now > deadline:
                die("not settled after %d s: %s" % (timeout, s))
            close = arrived >= 0.95 * expected_articles and s["rendered"] >= 0.95 * s["published"]
            time.sleep(interval if far_interval is None or close else far_interval)

    def import_site(self, site):
        """`./pipeline import SITE` (it returns once everything is served)."""
        self.pipeline("import", site)

    def warm_up(self, n):
        """Brings the services to the state of a running stack before a measurement: n articles that are not in the
        measured site (the corpus copied under '-w' ids) are imported, served, then withdrawn by importing their
        folder empty, so the measured import finds their permalinks free. Returns what the first import of fresh
        JVMs took (the cold start the measurement leaves out): {"articles", "seconds"}, and the status after."""
        site = os.path.join(self.home, "warm-up")
        copied = copy_corpus(site, n, "w")
        log("warm-up: %d other articles imported on the fresh services, then withdrawn" % copied)
        started = time.perf_counter()
        self.import_site(site)
        seconds = time.perf_counter() - started
        for entry in os.listdir(site):
            if entry.startswith("_") and os.path.isdir(os.path.join(site, entry)):
                shutil.rmtree(os.path.join(site, entry))
        self.import_site(site)
        return {"articles": copied, "seconds": seconds}, self.status()

    def postmaster(self):
        """The embedded PostgreSQL server, which detaches from the launcher that ./pipeline knows (run/postgres.pid):
        the first line of its data folder's postmaster.pid."""
        try:
            with open(os.path.join(self.home, "postgres", "postmaster.pid")) as f:
                return int(f.readline())
        except (OSError, ValueError):
            return None

    def cpu_seconds(self, names=("ingest", "render", "media", "kafka", "postgres")):
        """CPU seconds spent so far by each process of the pipeline; `postgres` is the embedded server with its
        connections (not its launcher JVM)."""
        seconds, children = processes()
        out = {}
        for name in names:
            pid = self.postmaster() if name == "postgres" else self.pid(name)
            if pid:
                out[name] = tree_cpu_seconds(pid, seconds, children)
        return out

    def memory(self, names=("ingest", "render", "media", "kafka", "postgres")):
        """Resident memory (VmRSS) and peak (VmHWM) of each process, MB."""
        out = {}
        for name in names:
            pid = self.pid(name)
            if pid:
                rss, hwm = proc_status_kb(pid, "VmRSS"), proc_status_kb(pid, "VmHWM")
                out[name] = {"rss_mb": rss and round(rss / 1024), "peak_mb": hwm and round(hwm / 1024)}
        return out


def site_articles(site):
    n = 0
    for d in os.listdir(site):
        if d.startswith("_") and os.path.isdir(os.path.join(site, d)):
            n += sum(1 for _, _, files in os.walk(os.path.join(site, d)) for f in files
                     if f.lower().endswith((".markdown", ".mkdown", ".mkdn", ".mkd", ".md")))
    return n


def imagemagick():
    """ImageMagick itself (IM7 `magick` or Debian's convert-im6.q16), never a wrapper found first on the PATH."""
    for c in ("magick", "convert-im6.q16"):
        if shutil.which(c):
            return [shutil.which(c)]
    return ["/usr/bin/convert"] if os.path.exists("/usr/bin/convert") else None
