#!/usr/bin/env python3
"""The two-node check's client (run by scripts/cluster-check.sh, which starts the database, the nodes and nginx).

Acts as people would through nginx (HTTPS, round-robin) and prints one line per point, PASS or FAIL. Standard
library only. Each simulated person connects from an address of its own on the loopback range (127.0.0.0/8), so
nginx forwards a different client address for each, as it would for people on different networks.
"""
import argparse
import base64
import hashlib
import html
import json
import os
import re
import signal
import ssl
import subprocess
import sys
import threading
import time
import http.client
import urllib.parse

RESULTS = []


def report(point, ok, detail):
    RESULTS.append((point, ok, detail))
    print(("PASS " if ok else "FAIL ") + point + ": " + detail, flush=True)


class Client:
    """One browser: a cookie jar, talking HTTPS to nginx from its own loopback address (or HTTP to one node)."""

    def __init__(self, port, source="127.0.0.10", tls=True):
        self.port, self.source, self.tls = port, source, tls
        self.cookies = {}
        self.set_cookie_headers = []

    def request(self, method, path, body=None, headers=None, timeout=60):
        headers = dict(headers or {})
        if self.cookies:
            headers["Cookie"] = "; ".join(k + "=" + v for k, v in self.cookies.items())
        if self.tls:
            context = ssl.create_default_context()
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE
            conn = http.client.HTTPSConnection("localhost", self.port, context=context, timeout=timeout,
                                               source_address=(self.source, 0))
        else:
            conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        started = time.monotonic()
        try:
            data = body.encode("utf-8") if isinstance(body, str) else body
            conn.request(method, path, body=data, headers=headers)
            response = conn.getresponse()
            text = response.read().decode("utf-8", "replace")
            for name, value in response.getheaders():
                if name.lower() == "set-cookie":
                    self.set_cookie_headers.append(value)
                    pair = value.split(";", 1)[0]
                    if "=" in pair:
                        key, val = pair.split("=", 1)
                        self.cookies[key.strip()] = val.strip()
            return response.status, {k.lower(): v for k, v in response.getheaders()}, text, \
                time.monotonic() - started
        finally:
            conn.close()

    def get(self, path, follow=True):
        status, headers, text, elapsed = self.request("GET", path)
        hops = 0
        while follow and status in (301, 302, 303, 307) and hops < 5:
            path = local(headers["location"])
            status, headers, text, elapsed = self.request("GET", path)
            hops += 1
        return status, headers, text, path

    def post_form(self, path, fields, follow=True):
        body = urllib.parse.urlencode(fields, doseq=True)
        status, headers, text, elapsed = self.request(
            "POST", path, body, {"Content-Type": "application/x-www-form-urlencoded"})
        if follow and status in (301, 302, 303):
            return self.get(local(headers["location"]))
        return status, headers, text, path


def local(location):
    parsed = urllib.parse.urlsplit(location)
    return parsed.path + ("?" + parsed.query if parsed.query else "")


def form(page, form_id):
    """The action and the hidden fields of one form of a page."""
    match = re.search(r'<form[^>]*\bid="' + re.escape(form_id) + r'"[^>]*>(.*?)</form>', page, re.S)
    if not match:
        raise AssertionError("no form " + form_id + " on the page")
    action = html.unescape(re.search(r'action="([^"]*)"', match.group(0)).group(1))
    fields = {form_id: form_id}
    for hidden in re.finditer(r'<input[^>]*type="hidden"[^>]*>', match.group(1)):
        name = re.search(r'name="([^"]*)"', hidden.group(0))
        value = re.search(r'value="([^"]*)"', hidden.group(0))
        if name:
            fields[html.unescape(name.group(1))] = html.unescape(value.group(1)) if value else ""
    nonce = re.search(r'nonce="([^"]+)"', page)
    if nonce:  # what PrimeFaces' script adds to every post of the page (the strict CSP's nonce)
        fields["primefaces.nonce"] = nonce.group(1)
    return local(action), fields, match.group(1)


def sign_in(client, email, password):
    status, _, page, _ = client.get("/login")
    action, fields, _ = form(page, "login")
    fields.update({"login:email": email, "login:password": password, "login:submit": ""})
    return client.post_form(action, fields)


def signed_in(page_path, page):
    return "/login" not in page_path and 'id="login"' not in page


def questions(page):
    """(key, type, field name, [choice values]) of each question on an attempt page."""
    found = []
    for block in re.split(r'<fieldset class="question"', page)[1:]:
        key = re.search(r'data-question="([^"]+)"', block).group(1)
        kind = re.search(r'data-type="([^"]+)"', block).group(1)
        inputs = re.findall(r'<input[^>]*type="(?:radio|checkbox)"[^>]*>', block)
        names = [re.search(r'name="([^"]+)"', i).group(1) for i in inputs]
        values = [html.unescape(re.search(r'value="([^"]*)"', i).group(1)) for i in inputs]
        found.append((key, kind, names[0] if names else None, values))
    return found


def attempt_id(path):
    match = re.search(r"[?&]id=(\d+)", path)
    return int(match.group(1)) if match else None


def start_attempt(client, modules, skip):
    """Starts a quiz attempt on the first module whose quiz can be started; returns (module, id, page)."""
    for module in modules:
        if module in skip:
            continue
        status, _, page, path = client.get("/trainee/quiz?module=" + module)
        if 'id="quiz:start"' not in page and 'name="quiz:start"' not in page:
            continue
        action, fields, _ = form(page, "quiz")
        fields["quiz:start"] = ""
        status, _, page, path = client.post_form(action, fields)
        if attempt_id(path) and "/trainee/attempt" in path:
            return module, attempt_id(path), page, path
    raise AssertionError("no quiz could be started for the trainee")


def save(client, proxy_port, attempt, key, choices):
    status, headers, text, _ = client.request(
        "PUT", "/api/v1/attempts/%d/answers/%s" % (attempt, urllib.parse.quote(key)),
        json.dumps({"choices": choices}),
        {"Content-Type": "application/json", "X-Attune-Request": "1", "Origin": "https://localhost:%d" % proxy_port})
    return status, headers.get("x-upstream", "?"), text


def sql(args, statement):
    out = subprocess.run(["mariadb", "--no-defaults", "-S", os.path.join(args.work, "db.sock"), "-uroot", "-N",
                          "-B", "attune", "-e", statement], capture_output=True, text=True, check=True)
    return [line.split("\t") for line in out.stdout.strip().splitlines()]


def graded_lines(args, attempt):
    count = 0
    for name in ("node1.log", "node2.log"):
        with open(os.path.join(args.work, name), encoding="utf-8", errors="replace") as log:
            count += sum(1 for line in log if "Quiz attempt %d submitted" % attempt in line)
    return count


def b64(text):
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def rs256_valid(jws, jwks):
    """RS256 verification from first principles (RFC 8017 PKCS #1 v1.5), with no JOSE library."""
    header_b64, payload_b64, signature_b64 = jws.split(".")
    header = json.loads(b64(header_b64))
    key = next((k for k in jwks["keys"] if k.get("kid") == header.get("kid")), None)
    if key is None or header.get("alg") != "RS256":
        return False, header.get("kid")
    n = int.from_bytes(b64(key["n"]), "big")
    e = int.from_bytes(b64(key["e"]), "big")
    k = (n.bit_length() + 7) // 8
    signature = int.from_bytes(b64(signature_b64), "big")
    encoded = pow(signature, e, n).to_bytes(k, "big")
    digest = hashlib.sha256((header_b64 + "." + payload_b64).encode("ascii")).digest()
    digest_info = bytes.fromhex("3031300d060960864801650304020105000420") + digest
    expected = b"\x00\x01" + b"\xff" * (k - 3 - len(digest_info)) + b"\x00" + digest_info
    return encoded == expected, header.get("kid")


def demo_value(args, label):
    with open(os.path.join(args.work, "node1.log"), encoding="utf-8", errors="replace") as log:
        for line in log:
            match = re.search(r"DEMO " + re.escape(label) + r": ([^\]\s]+)(?: ([^\]\s]+))?", line)
            if match:
                return match.group(1), match.group(2)
    raise AssertionError("no DEMO " + label + " line in node1's log")


def listening_addresses(ports):
    """The local addresses on which something listens on these TCP ports (from /proc/net/tcp and tcp6)."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            with open(table, encoding="ascii") as f:
                rows = f.read().splitlines()[1:]
        except OSError:
            continue
        for row in rows:
            fields = row.split()
            address, port = fields[1].split(":")
            if fields[3] != "0A" or int(port, 16) not in ports:
                continue
            if len(address) == 8:
                found.add(".".join(str(b) for b in reversed(bytes.fromhex(address))))
            else:
                raw = b"".join(bytes.fromhex(address[i:i + 8])[::-1] for i in range(0, 32, 8))
                if raw[:12] == b"\x00" * 10 + b"\xff\xff":  # an IPv4 address on an IPv6 socket
                    found.add(".".join(str(b) for b in raw[12:]))
                else:
                    found.add("ipv6:" + raw.hex())
    return found


def node_pid(args, name):
    with open(os.path.join(args.work, name + ".pid"), encoding="ascii") as f:
        return int(f.read().strip())


def main():
    parser = argparse.ArgumentParser()
    for option in ("--work", "--mariadbd"):
        parser.add_argument(option, required=True)
    for option in ("--proxy", "--node1", "--node2", "--db-port"):
        parser.add_argument(option, type=int, required=True)
    parser.add_argument("--hazelcast", type=int, nargs="+", required=True)
    args = parser.parse_args()
    proxy = args.proxy

    # -- start-up: both nodes started together; the content was imported once ---------------------------------------
    imports = sql(args, "SELECT outcome, COUNT(*) FROM content_import GROUP BY outcome")
    counted = {row[0]: int(row[1]) for row in imports}
    report("start together", counted.get("IMPORTED", 0) == 1 and sum(counted.values()) == 2,
           "two nodes imported the content at the same time: %s (one import, the other found it unchanged)"
           % counted)
    for name in ("node1.log", "node2.log"):
        with open(os.path.join(args.work, name), encoding="utf-8", errors="replace") as log:
            text = log.read()
        size = re.findall(r"DG Size: (\d+)", text)
        report("cluster formed (" + name[:5] + ")", bool(size) and size[-1] == "2",
               "Hazelcast data grid size seen by the node: " + (size[-1] if size else "none"))

    listening = listening_addresses(args.hazelcast)
    report("Hazelcast bound to loopback only", bool(listening) and listening <= {"127.0.0.1"},
           "the data grid ports %s listen on %s" % (args.hazelcast, sorted(listening)))

    trainee_email, trainee_password = demo_value(args, "trainee")
    trainer_email, trainer_password = demo_value(args, "trainer")

    # -- a trainee signs in and starts a quiz; answers are saved on alternating nodes ------------------------------------
    trainee = Client(proxy, "127.0.0.10")
    _, _, page, path = sign_in(trainee, trainee_email, trainee_password)
    report("sign in through the proxy", signed_in(path, page), "the trainee signed in and landed on " + path)
    secure = [c for c in trainee.set_cookie_headers if c.startswith("JSESSIONID=")]
    report("secure session cookie", bool(secure) and all("; secure" in c.lower() for c in secure),
           "the session cookie over HTTPS through the proxy: " + (secure[-1] if secure else "none"))
    _, headers, _, _ = trainee.get("/trainee/dashboard")
    report("HSTS behind the proxy", "strict-transport-security" in headers,
           "Strict-Transport-Security sent when the proxy says the request was HTTPS")

    _, _, course, _ = trainee.get("/trainee/course")
    modules = list(dict.fromkeys(re.findall(r"quiz\?module=([a-z0-9-]+)", course)))
    module_a, attempt_a, page_a, path_a = start_attempt(trainee, modules, set())
    asked_a = [q for q in questions(page_a) if q[2] and q[3]]
    answers_a = {}
    upstreams = set()
    errors = 0
    half = max(1, len(asked_a) // 2)
    for key, kind, name, values in asked_a[:half]:
        answers_a[key] = (name, values[0])
        status, upstream, _ = save(trainee, proxy, attempt_a, key, [values[0]])
        upstreams.add(upstream)
        errors += status != 200
    report("autosave on both nodes", errors == 0 and len(upstreams) == 2,
           "%d answers saved through the proxy's Host without a port, %d refused, served by %s"
           % (half, errors, sorted(upstreams)))

    # -- 100 parallel submissions of one attempt across both nodes ------------------------------------------------
    module_b, attempt_b, page_b, path_b = start_attempt(trainee, modules, {module_a})
    asked_b = [q for q in questions(page_b) if q[2] and q[3]]
    action_b, fields_b, _ = form(page_b, "attempt")
    for key, kind, name, values in asked_b:
        status, _, _ = save(trainee, proxy, attempt_b, key, [values[0]])
        fields_b[name] = values[0]
    fields_b["attempt:submit"] = ""
    statuses = []
    lock = threading.Lock()

    def submit_once():
        try:
            status, headers, text, _ = trainee.request(
                "POST", action_b, urllib.parse.urlencode(fields_b),
                {"Content-Type": "application/x-www-form-urlencoded"})
            outcome = status
            if status == 200 and "not yours" in text:
                outcome = "not yours"
        except Exception as e:  # a refused or cut connection counts as an error the person saw
            outcome = type(e).__name__
        with lock:
            statuses.append(outcome)

    threads = [threading.Thread(target=submit_once) for _ in range(100)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    bad = [s for s in statuses if not isinstance(s, int) or s >= 500]
    graded = graded_lines(args, attempt_b)
    row = sql(args, "SELECT submitted_at IS NOT NULL, score FROM quiz_attempt WHERE id = %d" % attempt_b)
    report("100 parallel submits", not bad and graded == 1 and row and row[0][0] == "1",
           "statuses %s; graded %d time(s); score %s"
           % ({str(s): statuses.count(s) for s in set(statuses)}, graded, row[0][1] if row else "?"))
    _, _, result, result_path = trainee.get("/trainee/attempt-result?id=%d" % attempt_b)
    report("repeated submit shows the result", "/trainee/attempt-result" in result_path and "not yours" not in result,
           "the attempt's owner sees the result page after the repeated submissions")

    # -- the status list and a credential verify against the JWKS of either node ------------------------------------
    number, _ = demo_value(args, "certificate active")
    admin_email, admin_password = demo_value(args, "admin")
    node = {1: Client(args.node1, tls=False), 2: Client(args.node2, tls=False)}
    for i in (1, 2):
        sign_in(node[i], admin_email, admin_password)  # the administrator may download any credential
    jwks = {i: json.loads(node[i].request("GET", "/.well-known/jwks.json")[2]) for i in (1, 2)}
    def jws_in(text):
        jws = text.strip()
        if not re.fullmatch(r"[\w-]+\.[\w-]+\.[\w-]+", jws):
            found = re.search(r"[\w-]{10,}\.[\w-]{10,}\.[\w-]{10,}", text)
            jws = found.group(0) if found else ""
        return jws

    checks = []
    lists_checked = set()
    for signer in (1, 2):
        status, _, credential, _ = node[signer].request("GET", "/api/v1/certificates/%s/credential" % number)
        signed = [("credential", jws_in(credential))]
        try:  # the status lists this credential points at (revocation and suspension), as a verifier follows them
            entries = json.loads(b64(signed[0][1].split(".")[1])).get("credentialStatus", [])
        except (ValueError, IndexError):
            entries = []
        for entry in entries if isinstance(entries, list) else [entries]:
            path = urllib.parse.urlparse(entry.get("statusListCredential", "")).path
            lists_checked.add(entry.get("statusPurpose"))
            signed.append(("status list " + path, jws_in(node[signer].request("GET", path)[2])))
        for label, jws in signed:
            for verifier in (1, 2):
                ok, kid = rs256_valid(jws, jwks[verifier]) if jws else (False, None)
                checks.append(ok)
                if not ok:
                    print("   %s from node%d does not verify with node%d's JWKS (kid %s)"
                          % (label, signer, verifier, kid), flush=True)
    report("one key set", all(checks) and len(checks) == 12 and lists_checked == {"revocation", "suspension"},
           "%d of 12 signatures (the credential and the two status lists it points at, from each node) verify with"
           " each node's JWKS; purposes followed: %s" % (sum(checks), sorted(p for p in lists_checked if p)))

    # -- the look-up rate limit is one limit for the cluster ------------------------------------------------------
    harvester = Client(proxy, "127.0.0.77")
    allowed = refused = 0
    for _ in range(40):
        status = harvester.request("GET", "/api/v1/certificates/" + number)[0]
        allowed += status == 200
        refused += status == 429
    report("rate limit shared by the nodes", allowed <= 25 and refused >= 15,
           "40 look-ups from one client through both nodes: %d answered, %d refused (burst 20, 60 a minute)"
           % (allowed, refused))

    # -- failed sign-ins by many people do not lock a real user out -------------------------------------------------
    failures = 0
    for i in range(60):
        person = Client(proxy, "127.0.1.%d" % (i + 1))
        _, _, page, path = sign_in(person, "nobody%d@example.org" % i, "not the password %d" % i)
        failures += not signed_in(path, page)
    real = Client(proxy, "127.0.0.200")
    _, _, page, path = sign_in(real, trainer_email, trainer_password)
    addresses = sql(args, "SELECT COUNT(DISTINCT client_address) FROM audit_event WHERE action = 'SIGN_IN_FAILED'"
                          " AND client_address LIKE '127.0.1.%'")
    report("no lockout through the proxy", failures == 60 and signed_in(path, page),
           "60 failed sign-ins by 60 people behind the proxy, then a real user signed in: %s; the audit log holds"
           " %s distinct client addresses for them" % (signed_in(path, page), addresses[0][0]))

    # -- kill -9 of a node mid-quiz: the same browser session goes on --------------------------------------------------
    os.kill(node_pid(args, "node1"), signal.SIGKILL)
    time.sleep(0.5)
    errors = 0
    rest = asked_a[half:]
    for key, kind, name, values in rest:
        answers_a[key] = (name, values[0])
        status, upstream, _ = save(trainee, proxy, attempt_a, key, [values[0]])
        errors += status != 200
    action_a, fields_a, _ = form(page_a, "attempt")
    for key, (name, value) in answers_a.items():
        fields_a[name] = value
    fields_a["attempt:submit"] = ""
    status, headers, text, _ = trainee.request("POST", action_a, urllib.parse.urlencode(fields_a),
                                               {"Content-Type": "application/x-www-form-urlencoded"})
    location = headers.get("location", "")
    report("redirects keep the browser's address", location.startswith("/"),
           "the submit's redirect is relative (%s), not built from the Host header nginx passes" % location)
    kept = sql(args, "SELECT COUNT(*) FROM attempt_question WHERE attempt_id = %d AND answer IS NOT NULL"
               % attempt_a)
    graded = graded_lines(args, attempt_a)
    report("kill -9 of a node mid-quiz",
           errors == 0 and status in (302, 303) and "attempt-result" in location and graded == 1
           and int(kept[0][0]) == len(answers_a),
           "after node1 was killed: %d more answers saved (%d errors), the JSF submit from the page opened before"
           " answered %d -> %s, %s of %d answers kept, graded %d time(s)"
           % (len(rest), errors, status, location or "(no redirect)", kept[0][0], len(answers_a), graded))
    _, _, result, result_path = trainee.get(local(location) if location else "/trainee/dashboard")
    report("session survives the node", "/login" not in result_path and "attempt-result" in result_path,
           "the trainee, still signed in, sees " + result_path)

    # -- the database is killed and restarted ---------------------------------------------------------------------
    module_c, attempt_c, page_c, _ = start_attempt(trainee, modules, {module_a, module_b})
    asked_c = [q for q in questions(page_c) if q[2] and q[3]]
    acknowledged = 0
    for key, kind, name, values in asked_c[:3]:
        acknowledged += save(trainee, proxy, attempt_c, key, [values[0]])[0] == 200
    with open(os.path.join(args.work, "db.pid"), encoding="ascii") as f:
        os.kill(int(f.read().strip()), signal.SIGKILL)
    time.sleep(0.3)
    down = []
    balancer = Client(proxy, "127.0.0.11")  # a load balancer's check carries no session cookie
    for path in ("/health/ready", "/trainee/dashboard", "/organisations"):
        started = time.monotonic()
        try:
            asker = balancer if path.startswith("/health") else trainee
            status, _, body, _ = asker.request("GET", path, timeout=10)
        except Exception as e:
            status, body = type(e).__name__, ""
        if path == "/health/ready":
            told = '"DOWN"' in body
        else:  # the friendly error page, never a stack trace
            told = "Something went wrong on our side" in body and "Exception" not in body
        down.append((path, status, round(time.monotonic() - started, 2), told))
    fast = all(isinstance(s, int) and s >= 500 and t < 2 and told for _, s, t, told in down)
    report("database down: fail fast", fast, "while the database is down: " + ", ".join(
        "%s %s%s in %.2f s" % (p, s, "" if told else " (not the expected answer)", t) for p, s, t, told in down))
    subprocess.Popen([args.mariadbd, "--no-defaults", "--user=root", "--datadir=" + os.path.join(args.work, "db"),
                      "--port=%d" % args.db_port, "--bind-address=127.0.0.1",
                      "--socket=" + os.path.join(args.work, "db.sock"),
                      "--pid-file=" + os.path.join(args.work, "db.pid"), "--skip-log-bin",
                      "--innodb-buffer-pool-size=128M"],
                     stdout=open(os.path.join(args.work, "db.log"), "a"), stderr=subprocess.STDOUT)
    back = None
    for _ in range(240):
        if subprocess.run(["mariadb", "--no-defaults", "-S", os.path.join(args.work, "db.sock"), "-uroot", "-e",
                           "SELECT 1"], capture_output=True).returncode == 0:
            back = time.monotonic()
            break
        time.sleep(0.25)
    recovered = None
    while back and time.monotonic() - back < 30:
        ready = balancer.request("GET", "/health/ready", timeout=5)[0]
        page_status = trainee.request("GET", "/trainee/dashboard", timeout=5)[0]
        if ready == 200 and page_status == 200:
            recovered = time.monotonic() - back
            break
        time.sleep(0.25)
    kept = sql(args, "SELECT COUNT(*) FROM attempt_question WHERE attempt_id = %d AND answer IS NOT NULL"
               % attempt_c)
    report("database back: recovery", recovered is not None and recovered < 10
           and int(kept[0][0]) >= acknowledged,
           "requests succeed again %s after the database accepts connections; %s of %d acknowledged answers kept"
           % ("%.1f s" % recovered if recovered is not None else "never", kept[0][0], acknowledged))

    failed = [r for r in RESULTS if not r[1]]
    with open(os.path.join(args.work, "results.txt"), "w", encoding="utf-8") as out:
        for point, ok, detail in RESULTS:
            out.write(("PASS" if ok else "FAIL") + "\t" + point + "\t" + detail + "\n")
    print("%d passed, %d failed" % (len(RESULTS) - len(failed), len(failed)), flush=True)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
