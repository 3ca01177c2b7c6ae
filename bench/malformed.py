"""Malformed requests for every endpoint of the lab: the drill sends them and counts 5xx.

Requests are written byte by byte on a fresh socket, so that what an HTTP library
would refuse to send (bad percent-encoding, spaces, NUL, overlong lines) reaches the
server too. The list is seeded: every run sends the same requests.
"""

from __future__ import annotations

import random
import socket
from dataclasses import dataclass

from search.contract import BASE_PARAMS, FACETS, PAGING_PARAMS

# q at and over the limit, control characters, broken percent-encoding, query syntax.
NASTY_VALUES = [
    "",
    "%00",
    "a%00b",
    "%ff%fe",
    "%ed%a0%80",
    "%",
    "%2",
    "%zz",
    "x" * 501,
    "y" * 5000,
    "%3Cscript%3Ealert(1)%3C/script%3E",
    "%27%20OR%201=1--",
    "title:(a%20OR",
    "*",
    "%5C",
    "%E2%80%AE",
    "%F0%9F%98%80",
    "-1",
    "0",
    "1e9",
    "99999999999999999999999",
    "abc",
    "1.5",
    "NaN",
    "%0d%0aSet-Cookie:%20x=y",
    "../../etc/passwd",
    "[]",
    "{}",
    "null",
]
# The search API's own parameter names (search/contract.py), plus names it must refuse.
LAB_PARAMS = [
    *BASE_PARAMS,
    *PAGING_PARAMS,
    *FACETS,
    "bogus",
    "",
    "q[]",
    "%00",
]
WAGTAIL_PARAMS = [
    "type",
    "fields",
    "order",
    "offset",
    "limit",
    "search",
    "search_operator",
    "child_of",
    "descendant_of",
    "ancestor_of",
    "translation_of",
    "locale",
    "html_path",
    "slug",
    "id",
    "bogus",
]
METHODS = ["GET", "GET", "GET", "GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "BREW"]
HEADERS = [
    "",
    "If-None-Match: garbage\r\n",
    'If-None-Match: "unterminated\r\n',
    "If-Modified-Since: not a date\r\n",
    "If-Modified-Since: Mon, 99 Foo 99999 99:99:99 GMT\r\n",
    "Accept-Language: %%%%, xx;q=abc\r\n",
    "Accept: */*;q=garbage\r\n",
    "Content-Type: application/json\r\nContent-Length: 9\r\n\r\n{bad json",
    "Cookie: sessionid=%00%ff; csrftoken=\r\n",
    "X-Forwarded-Proto: gopher\r\n",
    "Origin: http://evil.invalid\r\n",
    "Range: bytes=abc\r\n",
]


@dataclass
class Endpoint:
    path: str
    params: list[str]


def endpoints(page_paths: list[str]) -> list[Endpoint]:
    """Every kind of endpoint: the lab's API, Wagtail's API, visitor pages, the admin."""
    lab = [
        "/api/v2/lab/search/",
        "/api/v2/lab/map/",
        "/api/v2/lab/export.csv",
        "/api/v2/lab/export.json",
    ]
    wagtail = [
        "/api/v2/pages/",
        "/api/v2/pages/find/",
        "/api/v2/pages/1/",
        "/api/v2/pages/abc/",
        "/api/v2/pages/99999999999/",
        "/api/v2/images/",
        "/api/v2/documents/",
    ]
    other = [
        "/api/schema/",
        "/api/docs/",
        "/api/v2/preview/",
        "/api/v2/nope/",
        "/admin/login/",
        "/documents/1/x.pdf",
        "/",
        "/xx/",
        "/en/does-not-exist/",
    ]
    return (
        [Endpoint(path, LAB_PARAMS) for path in lab]
        + [Endpoint(path, WAGTAIL_PARAMS) for path in wagtail]
        + [Endpoint(path, LAB_PARAMS + WAGTAIL_PARAMS) for path in other + page_paths]
    )


def requests(count: int, page_paths: list[str], seed: int = 1000) -> list[tuple[str, bytes, bytes]]:
    """(description, request head without Host, body), spread over every endpoint."""
    rng = random.Random(seed)  # noqa: S311 - picks test requests
    targets = endpoints(page_paths)
    made = []
    for number in range(count):
        endpoint = targets[number % len(targets)]
        method = rng.choice(METHODS)
        pairs = [
            f"{rng.choice(endpoint.params)}={rng.choice(NASTY_VALUES)}"
            for _ in range(rng.choice([1, 1, 2, 3, 60]))
        ]
        path = endpoint.path
        variant = rng.random()
        if variant < 0.05:
            path += "%ff%00/"
        elif variant < 0.08:
            path = path.replace("/", "//")
        elif variant < 0.10:
            path += "x" * 9000  # over the request-line limit
        target = path + "?" + "&".join(pairs)
        if rng.random() < 0.03:
            target = target.replace("%", " ")  # a space in the request line
        header = rng.choice(HEADERS)
        head = f"{method} {target} HTTP/1.1\r\n"
        if header.endswith("\r\n\r\n{bad json"):
            raw = head.encode() + header.split("\r\n\r\n")[0].encode() + b"\r\n"
            body = b"{bad json"
        else:
            raw = head.encode() + header.encode()
            body = b""
        made.append((f"{method} {target[:120]}", raw, body))
    return made


def send(port: int, raw: bytes, body: bytes, timeout: float = 30) -> int | str:
    """Send one request on its own connection; the status code, or why there was none."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        sock.sendall(raw + f"Host: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n".encode() + body)
        received = b""
        while b"\r\n" not in received:
            chunk = sock.recv(4096)
            if not chunk:
                return "no answer"
            received += chunk
    status_line = received.split(b"\r\n", 1)[0].split()
    try:
        return int(status_line[1])
    except (IndexError, ValueError):
        return f"bad status line {status_line[:3]!r}"
