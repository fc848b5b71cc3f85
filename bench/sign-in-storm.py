"""Sign-in storm for bench/sign-in-storm.sh: <count> people sign in through the sign-in page, spread evenly over
<seconds> (the start of a class), each in a thread of their own with its own cookies. Times the sign-in request (the
form post that checks the password) and prints count, failures and p50/p95/p99/max in ms.
   python3 sign-in-storm.py <base url> <email pattern with {n}> <password> <count> <seconds>"""
import http.cookiejar
import re
import sys
import threading
import time
import urllib.parse
import urllib.request

base, pattern, password, count, seconds = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), float(sys.argv[5])


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


times, failures, lock = [], [], threading.Lock()


def sign_in(n, at):
    time.sleep(max(0.0, at - time.monotonic()))
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), NoRedirect)
    try:
        page = opener.open(base + "/login", timeout=120).read().decode()
        state = re.search(r'name="jakarta.faces.ViewState" id="[^"]*" value="([^"]*)"', page).group(1)
        form = urllib.parse.urlencode({"login": "login", "login:email": pattern.format(n=n),
                                       "login:password": password, "login:submit": "",
                                       "jakarta.faces.ViewState": state}).encode()
        start = time.monotonic()
        try:
            opener.open(base + "/login", form, timeout=120)
            location, status = "", 200
        except urllib.error.HTTPError as answer:
            location, status = answer.headers.get("Location", ""), answer.code
        took = (time.monotonic() - start) * 1000
        with lock:
            times.append(took)
            if status != 302 or "/login" in location:
                failures.append(f"{n}: {status} {location}")
    except Exception as e:  # noqa: BLE001 - every failure is counted and shown
        with lock:
            failures.append(f"{n}: {e}")


start = time.monotonic() + 1
threads = [threading.Thread(target=sign_in, args=(n, start + (n - 1) * seconds / count)) for n in range(1, count + 1)]
for t in threads:
    t.start()
for t in threads:
    t.join()
times.sort()


def pct(p):
    return times[min(len(times) - 1, int(round(p / 100 * len(times) + 0.5)) - 1)] if times else float("nan")


print(f"sign_ins={count}\nfailures={len(failures)}\np50_ms={pct(50):.0f}\np95_ms={pct(95):.0f}\np99_ms={pct(99):.0f}"
      f"\nmax_ms={times[-1] if times else float('nan'):.0f}")
for f in failures[:5]:
    print("failure: " + f, file=sys.stderr)
