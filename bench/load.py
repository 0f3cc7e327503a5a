"""Page latency under load: 20 concurrent users on loopback against the embedded default.

Loads the demo plus 10,000 consultations into a fresh SQLite database (WAL mode), starts
the production server (gunicorn, 2 x cores + 1 workers of 4 threads), logs in as the
secretariat, then runs wrk with 20 connections for --seconds: a mix of consultation pages,
lists, meeting pages and writes
(utterances recorded on a deliberation page, so threads write concurrently). Prints
p50/p95/p99 latency, requests/s and the error count, and checks the server log for
"database is locked". Installs Debian's wrk when missing.

Run: .venv/bin/python bench/load.py [--consultations 10000] [--seconds 30]
Two runs: 20 users who pause about --think-ms between clicks (what 20 clerks do), then the
same 20 connections with no pause at all (the server's capacity; latency is then queueing).
Target (issue 7): p95 <= 150 ms, 0 errors.
"""

from __future__ import annotations

import argparse
import http.cookiejar
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BIN = REPO / ".venv" / "bin"

LUA = r"""
local paths = {}
local csrf = os.getenv("BENCH_CSRF")
local cookie = os.getenv("BENCH_COOKIE")
local first, last = tonumber(os.getenv("BENCH_FIRST")), tonumber(os.getenv("BENCH_LAST"))
local write_path = os.getenv("BENCH_WRITE")
local meeting = os.getenv("BENCH_MEETING")
local counter = 0
local think = tonumber(os.getenv("BENCH_THINK_MS"))
-- A user reads a page before the next click: half to one and a half times the mean.
delay = function()
  if think == 0 then return 0 end
  return math.random(math.floor(think / 2), think + math.floor(think / 2))
end
request = function()
  counter = counter + 1
  local headers = {["Cookie"] = cookie}
  local r = counter % 10
  if r == 0 then
    headers["X-CSRFToken"] = csrf
    headers["Content-Type"] = "application/x-www-form-urlencoded"
    headers["HX-Request"] = "true"
    local body = "action=utterance&u-speaker=bench&u-role=member&u-act=question" ..
      "&u-text=load+" .. counter
    return wrk.format("POST", write_path, headers, body)
  elseif r == 1 then
    return wrk.format("GET", "/consultations/?page=1", headers)
  elseif r == 2 then
    return wrk.format("GET", meeting, headers)
  elseif r == 3 then
    return wrk.format("GET", "/dashboard/", headers)
  end
  local id = math.random(first, last)
  return wrk.format("GET", "/consultations/" .. id .. "/", headers)
end
local errors = 0
response = function(status, headers, body)
  if status >= 400 then errors = errors + 1 end
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT p50=%.1f p95=%.1f p99=%.1f requests=%d seconds=%.1f " ..
    "http_errors=%d socket_errors=%d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests, summary.duration / 1e6,
    summary.errors.status, summary.errors.connect + summary.errors.read +
    summary.errors.write + summary.errors.timeout))
end
"""


def ensure_wrk() -> None:
    if shutil.which("wrk"):
        return
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    subprocess.run(
        [*sudo, "apt-get", "install", "-y", "-qq", "wrk"], check=True, stdout=subprocess.DEVNULL
    )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def prepare(env: dict, consultations: int) -> dict:
    """Migrate, load the demo and bulk-insert consultations; returns ids for the script."""
    script = f"""
import django, random
django.setup()
from django.core.management import call_command
call_command("migrate", verbosity=0)
from shingikai.front.demo import load_demo
load_demo()
from shingikai.consultations.models import Consultation, State
from shingikai.accounts.models import User
from shingikai.councils.models import Council, Department
council = Council.objects.get()
departments = list(Department.objects.all())
author = User.objects.get(username="shokanka")
states = [State.DRAFT, State.SUBMITTED, State.DECIDED, State.DECIDED, State.WITHDRAWN]
rows = [Consultation(council=council, department=random.choice(departments),
        title=f"負荷試験用の諮問 {{i}} 個人情報の取扱いに係る業務委託", created_by=author,
        state=random.choice(states), outline="委託先において氏名、住所を取り扱う。" * 5,
        personal_items=["氏名", "住所", "電話番号"])
        for i in range({consultations})]
Consultation.objects.bulk_create(rows, batch_size=1000)
ids = list(Consultation.objects.order_by("pk").values_list("pk", flat=True))
target = Consultation.objects.get(title="学童メールシステムの導入")
meeting = target.agenda_items.get().meeting
print("IDS", ids[0], ids[-1], target.pk, meeting.pk)
"""
    out = subprocess.run(
        [str(BIN / "python"), "-c", script], env=env, check=True, capture_output=True, text=True
    ).stdout
    first, last, target, meeting = map(int, re.search(r"IDS (\d+) (\d+) (\d+) (\d+)", out).groups())
    return {"first": first, "last": last, "target": target, "meeting": meeting}


def login(base: str) -> tuple[str, str]:
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(f"{base}/login/").read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    data = urllib.parse.urlencode(
        {"username": "jimukyoku", "password": "demo", "csrfmiddlewaretoken": token}
    ).encode()
    opener.open(urllib.request.Request(f"{base}/login/", data, headers={"Referer": base}))
    cookies = {cookie.name: cookie.value for cookie in jar}
    assert "sessionid" in cookies, "login failed"
    cookie = "; ".join(f"{k}={v}" for k, v in cookies.items())
    return cookie, cookies["csrftoken"]


def run_wrk(base: str, script: Path, env: dict, args) -> dict[str, str]:
    run = subprocess.run(
        [
            "wrk",
            "-t2",
            f"-c{args.connections}",
            f"-d{args.seconds}s",
            "--timeout",
            "10s",
            "-s",
            str(script),
            base,
        ],
        env=env,
        capture_output=True,
        text=True,
    )
    result = re.search(r"RESULT (.*)", run.stdout)
    if not result:
        sys.exit(f"wrk failed: {run.stdout}\n{run.stderr}")
    return dict(item.split("=") for item in result.group(1).split())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--consultations", type=int, default=10_000)
    parser.add_argument("--seconds", type=int, default=30)
    parser.add_argument("--connections", type=int, default=20)
    parser.add_argument("--workers", type=int, default=2 * (os.cpu_count() or 1) + 1)
    parser.add_argument(
        "--think-ms", type=int, default=1000, help="mean pause of a user between two clicks"
    )
    args = parser.parse_args()
    ensure_wrk()
    data_dir = Path(tempfile.mkdtemp(prefix="shingikai-load-"))
    env = {
        **os.environ,
        "SHINGIKAI_DATA_DIR": str(data_dir),
        "SHINGIKAI_DEMO": "1",
        "DJANGO_SETTINGS_MODULE": "shingikai.settings",
        "DATABASE_URL": "",
        # A load test from one address would trip the login lockout otherwise.
        "SHINGIKAI_LOGIN_FAILURE_LIMIT": "1000000",
    }
    env.pop("DATABASE_URL")
    started = time.perf_counter()
    ids = prepare(env, args.consultations)
    print(f"loaded {args.consultations} consultations in {time.perf_counter() - started:.1f} s")
    port = free_port()
    log = open(data_dir / "server.log", "w")
    server = subprocess.Popen(
        [
            str(BIN / "gunicorn"),
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(args.workers),
            "--threads",
            "4",
            "shingikai.wsgi:application",
        ],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"{base}/login/", timeout=2)
                break
            except OSError:
                time.sleep(0.2)
        cookie, csrf = login(base)
        script = data_dir / "mix.lua"
        script.write_text(LUA)
        wrk_env = {
            **os.environ,
            "BENCH_COOKIE": cookie,
            "BENCH_CSRF": csrf,
            "BENCH_FIRST": str(ids["first"]),
            "BENCH_LAST": str(ids["last"]),
            "BENCH_MEETING": f"/meetings/{ids['meeting']}/",
            "BENCH_WRITE": f"/consultations/{ids['target']}/meetings/{ids['meeting']}/",
        }
        results = {
            think: run_wrk(base, script, {**wrk_env, "BENCH_THINK_MS": str(think)}, args)
            for think in (args.think_ms, 0)
        }
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()
    locked = (data_dir / "server.log").read_text().count("database is locked")
    print(
        f"machine: {os.cpu_count()} cores; SQLite (WAL), gunicorn {args.workers} workers x 4 "
        f"threads; {args.connections} concurrent users, {args.seconds} s each, 10% writes"
    )
    for think, fields in results.items():
        label = f"users reading {think} ms between clicks" if think else "no pause (saturation)"
        rps = int(fields["requests"]) / float(fields["seconds"])
        errors = int(fields["http_errors"]) + int(fields["socket_errors"])
        print(
            f"{label}: {fields['requests']} requests ({rps:.0f}/s); latency ms p50 "
            f"{fields['p50']} p95 {fields['p95']} p99 {fields['p99']}; errors {errors} "
            f"(HTTP >= 400: {fields['http_errors']}, socket: {fields['socket_errors']})"
        )
    print(f"'database is locked' in the server log: {locked}")
    shutil.rmtree(data_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
