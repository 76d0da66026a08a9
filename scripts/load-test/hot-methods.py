#!/usr/bin/env python3
"""Where the server threads' time went, from a JFR recording (README.md here).

    python3 scripts/load-test/hot-methods.py target/load-test/mix.jfr [--from-ms T0 --to-ms T1]

Reads `jfr print --events jdk.ExecutionSample --stack-depth 256` (JFR samples each running Java
thread every 10 or 20 ms with settings=profile), keeps the samples of the web server's threads
(http-nio-*) between the two times (epoch milliseconds; run.sh passes the mix's window), and prints:
the samples per thread group; the samples per controller method (the request a sample belongs to,
or "view rendering" when Thymeleaf renders after the controller returned); the samples per part of
the work (PARTS below: rendering, the resource chain, the database, ...); the top frames by self
time (the frame on top of the stack); and the top frames by inclusive time (every sample with the
method anywhere on its stack), once for our code (dev.reload) and once for the rest (Spring,
Tomcat, Thymeleaf, the PostgreSQL driver, ...). Frames are methods without their line. The frames
that wrap every request (the server's own plumbing: the thread, Tomcat, the filter
chain, the servlet's dispatch) say nothing about where a request's time goes: they are left out
of the inclusive tables (PLUMBING below; what a filter does shows in the frames it calls). A method's share of samples is its share of the server threads' CPU time on the samples.
"""

import argparse
import collections
import datetime
import re
import subprocess
import sys

FRAME = re.compile(r"^\s+(\S+?)\((.*)\)(\s+line:\s*-?\d+)?\s*$")
CONTROLLER = re.compile(r"^dev\.reload\.[\w.]*\.web\.\w*Controller\.\w+$")
# the frames that wrap a request on its way in: the thread, Tomcat, the servlet and security filter
# chains, the servlet's dispatch. What a filter does shows in the frames it calls.
PLUMBING = re.compile(
    r"^(java\.lang\.Thread\.run|java\.util\.concurrent\.ThreadPoolExecutor|org\.apache\.(catalina|coyote|tomcat)\."
    r"|jakarta\.servlet\.http\.HttpServlet\.service"
    r"|org\.springframework\.web\.servlet\.(FrameworkServlet|DispatcherServlet)\.(service|processRequest|doGet|doPost|doService|doDispatch)$"
    r"|.*\.(doFilter|doFilterInternal|doFilterNestedErrorDispatch)$"
    r"|.*Filter.*\.lambda\$|org\.springframework\.security\.web\.(FilterChainProxy|ObservationFilterChainDecorator)"
    r"|org\.springframework\.web\.filter\.|org\.springframework\.security\.web\.header\.HeaderWriterFilter\.doHeadersAfter)")
# parts of the work a request does, each by the frames that mark it; a sample counts for every part
# whose frame is on its stack (the parts overlap: the resource chain runs inside Thymeleaf)
PARTS = [
    ("Thymeleaf rendering (TemplateEngine.process)", r"^org\.thymeleaf\.TemplateEngine\.process$"),
    ("  of it, links through the resource chain (ResourceUrlProvider.getForLookupPath)",
     r"^org\.springframework\.web\.servlet\.resource\.ResourceUrlProvider\.getForLookupPath$"),
    ("  of that, the class loader's jar lookups (ClassLoader.getResource)",
     r"^java\.lang\.ClassLoader\.getResource$"),
    ("the records read from the database and mapped (StoredRecordsReader.readNow)",
     r"^dev\.reload\.advice\.StoredRecordsReader\.readNow$"),
    ("Spring Data JDBC's row mapping (MappingJdbcConverter / MappingRelationalConverter)",
     r"^org\.springframework\.data\.(jdbc\.core\.convert\.MappingJdbcConverter|relational\.core\.conversion\.MappingRelationalConverter)\.read"),
    ("the PostgreSQL driver (org.postgresql)", r"^org\.postgresql\."),
    ("HikariCP (borrowing and returning connections)", r"^com\.zaxxer\.hikari\."),
    ("inside a transaction of a service (TransactionInterceptor.invoke)", r"^org\.springframework\.transaction\.interceptor\.TransactionInterceptor\.invoke$"),
    ("the adviser's engine (dev.reload.advice.engine)", r"^dev\.reload\.advice\.engine\."),
    ("JSON writing (Jackson)", r"^(com\.fasterxml\.jackson|tools\.jackson)\..*\.(serialize|writeValue)"),
    ("Spring Session JDBC (the page session)", r"^org\.springframework\.session\.jdbc\."),
    ("the bearer token's account (ApiTokenService.authenticate)", r"^dev\.reload\.account\.ApiTokenService\.authenticate$"),
    ("gzip (java.util.zip.Deflater)", r"^java\.util\.zip\.Deflater\."),
    ("metrics and observations (Micrometer)", r"^io\.micrometer\."),
    ("logging (Logback)", r"^ch\.qos\.logback\."),
]
PART_PATTERNS = [(label, re.compile(pattern)) for label, pattern in PARTS]
CGLIB = re.compile(r"\$\$SpringCGLIB\$\$\d+")
START = re.compile(r"startTime = (\d\d):(\d\d):(\d\d)\.(\d+)(?: \((\d{4})-(\d\d)-(\d\d)\))?")


def samples(path, depth, near_ms):
    """(epoch ms, thread name, [frames, top first]) for each execution sample. jfr prints the time
    of day in the local zone, and the date only for events of another day than today's: a time
    without a date is taken on the day that puts it nearest to near_ms."""
    near = datetime.datetime.fromtimestamp(near_ms / 1000)
    command = ["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", str(depth), path]
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True, bufsize=1 << 20) as jfr:
        when, thread, frames = None, None, None
        for line in jfr.stdout:
            if line.startswith("jdk.ExecutionSample"):
                when, thread, frames = None, None, []
            elif frames is None:
                continue
            elif "startTime =" in line:
                m = START.search(line)
                if m:
                    h, mi, s, frac, y, mo, d = m.groups()
                    if y:
                        moment = datetime.datetime(int(y), int(mo), int(d), int(h), int(mi), int(s))
                    else:
                        moment = near.replace(hour=int(h), minute=int(mi), second=int(s), microsecond=0)
                        if (moment - near).total_seconds() > 43200:
                            moment -= datetime.timedelta(days=1)
                        elif (near - moment).total_seconds() > 43200:
                            moment += datetime.timedelta(days=1)
                    when = int(moment.timestamp() * 1000) + int(frac[:3].ljust(3, "0"))
            elif "sampledThread =" in line:
                m = re.search(r'sampledThread = "([^"]*)"', line)
                thread = m.group(1) if m else "?"
            elif line.startswith("}"):
                yield when, thread, frames
                frames = None
            else:
                m = FRAME.match(line)
                if m:
                    # a Spring CGLIB proxy's method is the method it proxies: one frame, not two
                    frames.append(CGLIB.sub("", m.group(1)))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("recording")
    parser.add_argument("--from-ms", type=int, default=0)
    parser.add_argument("--to-ms", type=int, default=1 << 62)
    parser.add_argument("--depth", type=int, default=256)
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--under", help="only the samples with a frame that matches this regular expression")
    args = parser.parse_args()

    under = re.compile(args.under) if args.under else None
    groups = collections.Counter()
    requests = collections.Counter()
    self_time = collections.Counter()
    inclusive = collections.Counter()
    parts = collections.Counter()
    server = 0
    truncated = 0
    for when, thread, frames in samples(args.recording, args.depth, args.from_ms or int(datetime.datetime.now().timestamp() * 1000)):
        if when is None or not (args.from_ms <= when <= args.to_ms):
            continue
        group = re.sub(r"-?\d+$", "", thread or "?")
        groups[group] += 1
        if not thread.startswith("http-nio-") or not frames:
            continue
        if args.under and not any(under.search(frame) for frame in frames):
            continue
        server += 1
        if len(frames) >= args.depth:
            truncated += 1
        self_time[frames[0]] += 1
        distinct = set(frames)
        for frame in distinct:
            inclusive[frame] += 1
        for label, pattern in PART_PATTERNS:
            if any(pattern.match(frame) for frame in distinct):
                parts[label] += 1
        controllers = [f for f in frames if CONTROLLER.match(f)]
        if controllers:
            requests[controllers[-1]] += 1
        elif "org.springframework.web.servlet.DispatcherServlet.render" in frames:
            requests["view rendering (DispatcherServlet.render)"] += 1
        elif "org.springframework.web.servlet.DispatcherServlet.doDispatch" in frames:
            requests["in the dispatcher, outside a controller"] += 1
        else:
            requests["before the dispatcher (filters, security, sessions)"] += 1

    total = sum(groups.values())
    print(f"execution samples in the window: {total}; of the web server's threads (http-nio-*): {server}"
          f" ({truncated} with stacks deeper than {args.depth} frames, cut at the bottom)")
    if server == 0:
        sys.exit("no samples of the server threads in the window")
    print()
    print("samples by thread group:")
    for group, n in groups.most_common(12):
        print(f"  {n:8d} {100 * n / total:5.1f} %  {group}")

    def table(title, counter, keep=lambda frame: True, limit=args.top):
        print()
        print(title)
        shown = 0
        for frame, n in counter.most_common():
            if keep(frame):
                print(f"  {n:8d} {100 * n / server:5.1f} %  {frame}")
                shown += 1
                if shown == limit:
                    break

    table("server samples by request (the outermost controller method on the stack):", requests, limit=30)
    print()
    print("server samples by part of the work (a sample counts for every part on its stack):")
    for label, _ in PARTS:
        print(f"  {parts[label]:8d} {100 * parts[label] / server:5.1f} %  {label}")
    table("top frames by self time (server threads):", self_time, limit=25)
    plumbing = {f for f in inclusive if PLUMBING.match(f)}
    ours = lambda frame: frame.startswith("dev.reload.")
    table(f"top inclusive frames in our code (dev.reload), server threads:", inclusive,
          lambda f: ours(f) and f not in plumbing)
    table(f"top inclusive frames in the framework and libraries, server threads"
          f" (without the {len(plumbing)} frames of the thread, Tomcat, the filter chains and the dispatch):",
          inclusive, lambda f: not ours(f) and f not in plumbing, limit=args.top * 2)


if __name__ == "__main__":
    main()
