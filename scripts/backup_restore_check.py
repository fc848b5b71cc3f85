#!/usr/bin/env python3
"""The backup and restore check's client (run by scripts/backup-restore-check.sh, which starts the database and the
nodes and runs scripts/backup.sh and scripts/restore.sh). Standard library only; shares the HTTP client, form
parsing and first-principles RS256 verification with scripts/cluster_check.py.

Phases, each appending one line per point to <work>/results.txt and printing PASS or FAIL:
  before      on the live node: sign in, upload an evidence file through the trainer's observation page, record a
              certificate's verification answer and signed credential, the JWKS and the evidence file's bytes
  bad-inputs  restore.sh and backup.sh given bad input: refused with a clear message, and nothing changed
  after       on the node started on the restored database: people sign in, the same answers, signatures and bytes
  summary     counts the results; exit code 0 only when every point passed
"""
import argparse
import base64
import hashlib
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import uuid

from cluster_check import Client, form, local, rs256_valid, sign_in, signed_in  # noqa: E402 (scripts/ is on the path)

SCRIPTS = os.path.dirname(os.path.abspath(__file__))


class Check:
    def __init__(self, args):
        self.args = args
        self.results = os.path.join(args.work, "results.txt")
        self.state_file = os.path.join(args.work, "state.json")

    def report(self, point, ok, detail):
        print(("PASS " if ok else "FAIL ") + point + ": " + detail, flush=True)
        with open(self.results, "a", encoding="utf-8") as out:
            out.write(("PASS" if ok else "FAIL") + "\t" + point + "\t" + detail.replace("\n", " ") + "\n")

    def sql(self, database, statement):
        out = subprocess.run(["mariadb", "--no-defaults", "-S", os.path.join(self.args.work, "db.sock"), "-uroot",
                              "-N", "-B", database, "-e", statement], capture_output=True, text=True, check=True)
        return [line.split("\t") for line in out.stdout.strip().splitlines()]

    def demo(self, log, label):
        with open(os.path.join(self.args.work, log), encoding="utf-8", errors="replace") as f:
            for line in f:
                match = re.search(r"DEMO " + re.escape(label) + r": ([^\]\s]+)(?: ([^\]\s]+))?", line)
                if match:
                    return match.group(1), match.group(2)
        raise AssertionError("no DEMO " + label + " line in " + log)

    def load(self):
        with open(self.state_file, encoding="utf-8") as f:
            return json.load(f)


def form_fields(page, form_id):
    """Everything a browser would post for a form: hidden fields, text inputs, checked radios, textareas."""
    action, fields, body = form(page, form_id)
    for tag in re.finditer(r"<input[^>]*>", body):
        t = tag.group(0)
        name = re.search(r'name="([^"]*)"', t)
        typed = re.search(r'type="([^"]*)"', t)
        kind = typed.group(1) if typed else "text"
        if not name or "disabled" in t or kind in ("hidden", "file", "submit", "button"):
            continue
        value = re.search(r'value="([^"]*)"', t)
        value = html.unescape(value.group(1)) if value else ""
        if kind in ("radio", "checkbox"):
            if re.search(r"\schecked\b", t):
                fields[html.unescape(name.group(1))] = value
        else:
            fields[html.unescape(name.group(1))] = value
    for area in re.finditer(r"<textarea[^>]*name=\"([^\"]*)\"[^>]*>(.*?)</textarea>", body, re.S):
        text = html.unescape(area.group(2))
        fields[html.unescape(area.group(1))] = text[1:] if text.startswith("\n") else text
    return action, fields


def multipart(fields, file_field, file_name, content_type, content):
    boundary = "----attune-check-" + uuid.uuid4().hex
    parts = []
    for name, value in fields.items():
        parts.append(("--%s\r\nContent-Disposition: form-data; name=\"%s\"\r\n\r\n" % (boundary, name)).encode()
                     + value.encode("utf-8") + b"\r\n")
    parts.append(("--%s\r\nContent-Disposition: form-data; name=\"%s\"; filename=\"%s\"\r\nContent-Type: %s\r\n\r\n"
                  % (boundary, file_field, file_name, content_type)).encode() + content + b"\r\n")
    parts.append(("--%s--\r\n" % boundary).encode())
    return b"".join(parts), "multipart/form-data; boundary=" + boundary


def fetch_bytes(client, path):
    """GET returning the raw body (Client.request decodes text)."""
    import http.client
    conn = http.client.HTTPConnection("127.0.0.1", client.port, timeout=60)
    try:
        headers = {"Cookie": "; ".join(k + "=" + v for k, v in client.cookies.items())}
        conn.request("GET", path, headers=headers)
        response = conn.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        conn.close()


def jws_of(text):
    text = text.strip()
    if re.fullmatch(r"[\w-]+\.[\w-]+\.[\w-]+", text):
        return text
    found = re.search(r"[\w-]{10,}\.[\w-]{10,}\.[\w-]{10,}", text)
    return found.group(0) if found else ""


def jws_kid(jws):
    header = jws.split(".")[0]
    return json.loads(base64.urlsafe_b64decode(header + "=" * (-len(header) % 4))).get("kid")


def before(check):
    args = check.args
    log = "node-before.log"
    state = {}
    for label in ("trainee", "trainer", "admin", "other trainer", "practicum trainee"):
        state[label] = check.demo(log, label)
    state["certificate"] = check.demo(log, "certificate active")[0]

    # An evidence file uploaded as a trainer would: the observation page of a session the demo trainer observed.
    trainer = Client(args.node, tls=False)
    _, _, page, path = sign_in(trainer, *state["trainer"])
    check.report("before: trainer signs in", signed_in(path, page), "the demo trainer landed on " + path)
    session = check.sql("attune", "SELECT o.session_id FROM observation o JOIN person p ON p.id = o.trainee_id"
                                  " WHERE p.email = '%s' ORDER BY o.id LIMIT 1" % state["practicum trainee"][0])[0][0]
    _, _, page, path = trainer.get("/trainer/observe?session=" + session)
    action, fields = form_fields(page, "observation")
    fields["observation:save"] = ""
    content = b"%PDF-1.4\n% Attune backup check " + os.urandom(48).hex().encode() + b"\n" + os.urandom(4096) \
        + b"\n%%EOF\n"
    body, content_type = multipart(fields, "observation:file", "backup-check.pdf", "application/pdf", content)
    status, headers, text, _ = trainer.request("POST", action, body, {"Content-Type": content_type})
    if status in (302, 303):
        status, headers, text, path = trainer.get(local(headers["location"]))
    links = re.findall(r'href="/evidence/(\d+)"', text)
    stored = check.sql("attune", "SELECT id, sha256 FROM evidence_file WHERE file_name = 'backup-check.pdf'")
    evidence_id = stored[0][0] if stored else (links[-1] if links else None)
    ok = bool(stored) and stored[0][1] == hashlib.sha256(content).hexdigest()
    check.report("before: evidence file uploaded", ok,
                 "a %d-byte PDF uploaded through /trainer/observe?session=%s (answer %s): evidence file %s"
                 % (len(content), session, status, evidence_id))
    status, headers, downloaded = fetch_bytes(trainer, "/evidence/%s" % evidence_id)
    check.report("before: evidence file downloads", status == 200 and downloaded == content,
                 "GET /evidence/%s as the trainer: %s, %d bytes, identical: %s"
                 % (evidence_id, status, len(downloaded), downloaded == content))
    with open(os.path.join(args.work, "evidence-before.bin"), "wb") as f:
        f.write(content)
    state["evidence"] = {"id": evidence_id, "sha256": hashlib.sha256(content).hexdigest(), "size": len(content)}

    # A certificate as the public sees it, its credential, the published keys and a fresh signature.
    anyone = Client(args.node, tls=False)
    status, _, verify, _ = anyone.request("GET", "/api/v1/certificates/" + state["certificate"])
    admin = Client(args.node, tls=False)
    sign_in(admin, *state["admin"])
    _, _, credential, _ = admin.request("GET", "/api/v1/certificates/%s/credential" % state["certificate"])
    jwks = json.loads(admin.request("GET", "/.well-known/jwks.json")[2])
    ok_credential, kid = rs256_valid(jws_of(credential), jwks)
    check.report("before: certificate verifies", status == 200 and ok_credential,
                 "GET /api/v1/certificates/%s answered %s; its credential verifies against the JWKS (kid %s)"
                 % (state["certificate"], status, kid))
    state.update(verify=verify, credential=jws_of(credential), jwks=jwks, kid=kid)
    state["people"] = check.sql("attune", "SELECT COUNT(*) FROM person")[0][0]
    state["certificates"] = check.sql("attune", "SELECT COUNT(*) FROM certificate")[0][0]
    with open(check.state_file, "w", encoding="utf-8") as f:
        json.dump(state, f)


def run(command, env=None):
    merged = dict(os.environ)
    merged.update(env or {})
    out = subprocess.run(command, capture_output=True, text=True, env=merged, timeout=120)
    return out.returncode, (out.stdout + out.stderr).strip()


def bad_inputs(check):
    args = check.args
    work = args.work
    archive = args.archive
    restore = os.path.join(SCRIPTS, "restore.sh")
    backup = os.path.join(SCRIPTS, "backup.sh")
    url = lambda db: args.db_url_base + db + "?useSSL=false"  # noqa: E731
    bad = os.path.join(work, "bad")
    os.makedirs(bad, exist_ok=True)
    fresh_key = os.path.join(bad, "keys", "signing-keys.jwks")
    other_key = os.path.join(bad, "other-keys", "signing-keys.jwks")  # a different key set already in place
    os.makedirs(os.path.dirname(other_key), exist_ok=True)
    with open(other_key, "w", encoding="utf-8") as f:
        f.write('{"keys":[]}')

    def snapshot():
        """Checksums of every table of the live database, the tables of the two empty ones, and the key files."""
        tables = [r[0] for r in check.sql("attune", "SHOW TABLES")]
        sums = check.sql("attune", "CHECKSUM TABLE " + ", ".join("`%s`" % t for t in tables))
        empty = {db: check.sql(db, "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '%s'"
                               % db)[0][0] for db in ("attune_restored", "attune_spare")}
        keys = {}
        for folder in (os.path.join(work, "keys-before"), os.path.join(work, "keys-after"), os.path.dirname(fresh_key),
                       os.path.dirname(other_key)):
            if os.path.isdir(folder):
                for name in sorted(os.listdir(folder)):
                    with open(os.path.join(folder, name), "rb") as f:
                        keys[os.path.join(folder, name)] = hashlib.sha256(f.read()).hexdigest()
        return {"live": sums, "empty": empty, "keys": keys}

    original = snapshot()

    def attempt(point, command, env, code, words):
        status, output = run(command, env)
        now = snapshot()
        unchanged = now == original
        said = all(w.lower() in output.lower() for w in words)
        message = [line for line in output.splitlines() if line.startswith(("restore:", "backup:"))]
        check.report("refused: " + point, status == code and said and unchanged,
                     "exit %d (expected %d), said: \"%s\"; live database, empty databases and key files unchanged: %s"
                     % (status, code, " / ".join(message)[:300], unchanged))

    target = lambda db, key=fresh_key: {"ATTUNE_DB_URL": url(db), "ATTUNE_SIGNING_KEY_FILE": key}  # noqa: E731

    attempt("restore into a non-empty database", [restore, archive], target("attune"), 4, ["not empty"])

    corrupt = os.path.join(bad, "corrupt.tar.gz")
    with open(archive, "rb") as f:
        data = bytearray(f.read())
    middle = len(data) // 2
    data[middle:middle + 64] = bytes(b ^ 0x5A for b in data[middle:middle + 64])
    with open(corrupt, "wb") as f:
        f.write(data)
    attempt("corrupt archive (64 bytes changed)", [restore, corrupt], target("attune_spare"), 3, ["corrupt"])

    truncated = os.path.join(bad, "truncated.tar.gz")
    with open(archive, "rb") as f:
        head = f.read()
    with open(truncated, "wb") as f:
        f.write(head[: len(head) * 2 // 3])
    attempt("truncated archive", [restore, truncated], target("attune_spare"), 3, ["truncated or corrupt"])

    # A well-formed archive whose dump was changed after the backup: only the MANIFEST's SHA-256 can tell.
    altered = os.path.join(bad, "altered.tar.gz")
    unpacked = os.path.join(bad, "unpacked")
    with tarfile.open(archive) as tar:
        tar.extractall(unpacked)
    with open(os.path.join(unpacked, "database.sql"), "rb") as f:
        dump = f.read()
    changed = dump.replace(b"INSERT INTO", b"INSERT  INTO", 1)  # still valid SQL, so only the checksum can tell
    assert changed != dump, "the dump holds no INSERT to alter"
    with open(os.path.join(unpacked, "database.sql"), "wb") as f:
        f.write(changed)
    with tarfile.open(altered, "w:gz") as tar:
        for name in sorted(os.listdir(unpacked)):
            tar.add(os.path.join(unpacked, name), arcname=name)
    attempt("altered dump (MANIFEST checksum)", [restore, altered], target("attune_spare"), 3, ["SHA-256"])

    # A well-formed archive, checksums right, whose dump fails half-way: the tables loaded so far are dropped again.
    broken = os.path.join(bad, "fails-half-way.tar.gz")
    with open(os.path.join(unpacked, "database.sql"), "rb") as f:
        dump = f.read()
    cut = [m.start() for m in re.finditer(rb"\nDROP TABLE IF EXISTS", dump)]
    assert len(cut) > 4, "the dump holds too few tables"
    middle = cut[len(cut) // 2] + 1
    with open(os.path.join(unpacked, "database.sql"), "wb") as f:
        f.write(dump[:middle] + b"INSERT INTO no_such_table VALUES (1);\n" + dump[middle:])
    with open(os.path.join(unpacked, "MANIFEST"), encoding="utf-8") as f:
        manifest = f.read()
    with open(os.path.join(unpacked, "database.sql"), "rb") as f:
        manifest = re.sub(r"sha256: [0-9a-f]{64} database\.sql",
                          "sha256: %s database.sql" % hashlib.sha256(f.read()).hexdigest(), manifest)
    with open(os.path.join(unpacked, "MANIFEST"), "w", encoding="utf-8") as f:
        f.write(manifest)
    with tarfile.open(broken, "w:gz") as tar:
        for name in sorted(os.listdir(unpacked)):
            tar.add(os.path.join(unpacked, name), arcname=name)
    attempt("a dump that fails half-way (undone)", [restore, broken], target("attune_spare"), 6, ["dropped again"])

    attempt("missing archive", [restore, os.path.join(bad, "no-such-backup.tar.gz")], target("attune_spare"), 3,
            ["no archive"])
    attempt("no archive argument", [restore], target("attune_spare"), 2, ["which archive"])
    attempt("unknown option", [restore, "--froce", archive], target("attune_spare"), 2, ["unknown option"])
    attempt("two archives", [restore, archive, archive], target("attune_spare"), 2, ["one archive only"])
    attempt("restore into a database that does not exist", [restore, archive], target("attune_missing"), 4,
            ["does not exist"])

    # An existing key set file that differs from the backup's is not overwritten without --force.
    attempt("existing different key set file", [restore, archive], target("attune_spare", other_key), 5, ["--force"])

    before_count = len(os.listdir(os.path.join(work, "backups")))
    attempt("backup with a wrong password", [backup, "--out", os.path.join(work, "backups")],
            {"ATTUNE_DB_URL": url("attune"), "ATTUNE_DB_PASSWORD": "wrong",
             "ATTUNE_SIGNING_KEY_FILE": os.path.join(work, "keys-before", "signing-keys.jwks")}, 3, ["cannot connect"])
    attempt("backup with a bad URL", [backup, "--db-url", "mysql://nowhere"], {}, 2, ["must look like"])
    attempt("backup without its key set", [backup, "--out", os.path.join(work, "backups")],
            {"ATTUNE_DB_URL": url("attune"), "ATTUNE_SIGNING_KEY_FILE": os.path.join(bad, "none.jwks")}, 4,
            ["missing"])
    after_count = len(os.listdir(os.path.join(work, "backups")))
    check.report("refused backups write nothing", before_count == after_count,
                 "archives in the backup folder: %d before, %d after" % (before_count, after_count))

    # --force replaces a different key set file, keeping the old one beside it.
    status, output = run([restore, "--force", archive], target("attune_spare", other_key))
    with open(other_key, "rb") as f, open(os.path.join(work, "keys-before", "signing-keys.jwks"), "rb") as g:
        replaced = f.read() == g.read()
    kept = [n for n in os.listdir(os.path.dirname(other_key)) if n.startswith("signing-keys.jwks.before-restore-")]
    old_kept = bool(kept) and open(os.path.join(os.path.dirname(other_key), kept[0]), encoding="utf-8").read() \
        == '{"keys":[]}'
    tables = check.sql("attune_spare", "SELECT COUNT(*) FROM information_schema.tables"
                                       " WHERE table_schema = 'attune_spare'")[0][0]
    check.report("--force replaces a different key set", status == 0 and replaced and old_kept,
                 "exit %d; the key set file now holds the backup's keys: %s; the old one kept as %s: %s; %s tables"
                 " restored" % (status, replaced, kept[0] if kept else "-", old_kept, tables))


def after(check):
    args = check.args
    state = check.load()
    with open(os.path.join(args.work, "restore.out"), encoding="utf-8", errors="replace") as f:
        restore_out = f.read()
    key_before = os.path.join(args.work, "keys-before", "signing-keys.jwks")
    key_after = os.path.join(args.work, "keys-after", "signing-keys.jwks")
    same_keys = os.path.exists(key_after) and open(key_before, "rb").read() == open(key_after, "rb").read()
    mode = oct(os.stat(key_after).st_mode & 0o777) if os.path.exists(key_after) else "absent"
    check.report("restore ran", "Database restored" in restore_out and same_keys and mode == "0o600",
                 "restore.sh loaded the dump (%s); the key set in the fresh directory is the original's: %s, mode %s"
                 % ((re.search(r"Database restored[^\n]*", restore_out) or re.search("(none)", "(none)")).group(0),
                    same_keys, mode))
    counts = (check.sql("attune_restored", "SELECT COUNT(*) FROM person")[0][0],
              check.sql("attune_restored", "SELECT COUNT(*) FROM certificate")[0][0])
    check.report("same rows", counts == (state["people"], state["certificates"]),
                 "people %s (before %s), certificates %s (before %s)"
                 % (counts[0], state["people"], counts[1], state["certificates"]))
    try:
        status = Client(args.node, tls=False).request("GET", "/health/ready", timeout=10)[0]
    except OSError as e:
        status = type(e).__name__
    check.report("restored node ready", status == 200,
                 "Attune on the restored database, with key generation off and no demo data: /health/ready %s"
                 % status)
    if status != 200:
        return
    with open(os.path.join(args.work, "node-after.log"), encoding="utf-8", errors="replace") as f:
        log = f.read()
    current = "Schema `attune_restored` is up to date" in log
    unchanged = "Content import: UNCHANGED" in log
    check.report("restored schema and content current", current and unchanged,
                 "Flyway found the restored schema up to date: %s; the content import found it unchanged: %s"
                 % (current, unchanged))

    for label in ("trainee", "practicum trainee"):
        person = Client(args.node, tls=False)
        _, _, page, path = sign_in(person, *state[label])
        check.report("sign in: " + label, signed_in(path, page),
                     "%s signed in through the login form and landed on %s" % (state[label][0], path))

    anyone = Client(args.node, tls=False)
    status, _, verify, _ = anyone.request("GET", "/api/v1/certificates/" + state["certificate"])
    check.report("certificate verify API answers the same", status == 200 and verify == state["verify"],
                 "GET /api/v1/certificates/%s: %s, %s" % (state["certificate"], status,
                                                          "identical" if verify == state["verify"] else
                                                          "DIFFERENT: " + verify[:200]))
    admin = Client(args.node, tls=False)
    sign_in(admin, *state["admin"])
    _, _, credential, _ = admin.request("GET", "/api/v1/certificates/%s/credential" % state["certificate"])
    credential = jws_of(credential)
    jwks = json.loads(admin.request("GET", "/.well-known/jwks.json")[2])
    ok, kid = rs256_valid(credential, jwks) if credential else (False, None)
    same_signature = credential.split(".")[-1] == state["credential"].split(".")[-1] if credential else False
    check.report("credential verifies against the restored keys",
                 ok and kid == state["kid"] and credential == state["credential"] and same_signature,
                 "the credential is the same (signature identical: %s), kid %s (before %s), verifies against the"
                 " restored node's JWKS: %s" % (same_signature, kid, state["kid"], ok))
    status_list = jws_of(admin.request("GET", "/api/v1/status-lists/1")[2])
    fresh_ok, fresh_kid = rs256_valid(status_list, state["jwks"]) if status_list else (False, None)
    check.report("restored node signs with the original key", fresh_ok and fresh_kid == state["kid"],
                 "a status list signed now by the restored node verifies against the JWKS published before the"
                 " backup: %s (kid %s)" % (fresh_ok, fresh_kid))

    with open(os.path.join(args.work, "evidence-before.bin"), "rb") as f:
        content = f.read()
    trainer = Client(args.node, tls=False)
    sign_in(trainer, *state["trainer"])
    status, headers, downloaded = fetch_bytes(trainer, "/evidence/%s" % state["evidence"]["id"])
    check.report("evidence file downloads", status == 200 and downloaded == content
                 and headers.get("x-checksum-sha256") == state["evidence"]["sha256"],
                 "GET /evidence/%s as the trainer: %s, %d bytes, identical to the upload: %s, SHA-256 header matches:"
                 " %s" % (state["evidence"]["id"], status, len(downloaded), downloaded == content,
                          headers.get("x-checksum-sha256") == state["evidence"]["sha256"]))
    outsider = Client(args.node, tls=False)
    sign_in(outsider, *state["other trainer"])
    status = fetch_bytes(outsider, "/evidence/%s" % state["evidence"]["id"])[0]
    check.report("evidence access rules restored", status == 404,
                 "the trainer of another organisation asking for it: %s" % status)


def summary(check):
    rows = []
    if os.path.exists(check.results):
        with open(check.results, encoding="utf-8") as f:
            rows = [line.rstrip("\n").split("\t") for line in f if line.strip()]
    failed = [r for r in rows if r[0] != "PASS"]
    expected_after = any(r[1] == "evidence access rules restored" for r in rows)
    if not expected_after:
        print("FAIL the check did not reach its last point (see the lines above)", flush=True)
    print("%d passed, %d failed" % (len(rows) - len(failed), len(failed) + (0 if expected_after else 1)), flush=True)
    sys.exit(0 if not failed and expected_after else 1)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("phase", choices=["before", "bad-inputs", "after", "summary"])
    parser.add_argument("--work", required=True)
    parser.add_argument("--node", type=int, required=True)
    parser.add_argument("--archive")
    parser.add_argument("--db-url-base")
    args = parser.parse_args()
    check = Check(args)
    try:
        {"before": before, "bad-inputs": bad_inputs, "after": after, "summary": summary}[args.phase](check)
    except SystemExit:
        raise
    except Exception as e:  # a point that could not even be tried fails, with the reason
        check.report(args.phase + " (could not run)", False, "%s: %s" % (type(e).__name__, e))


if __name__ == "__main__":
    main()
