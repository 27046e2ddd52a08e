"""Every aiohttp exception raised at the transport maps to the right SDK error, retry and `may_have_been_sent`.

aioresponses raises them where a real server cannot (DNS, certificates, proxies, fingerprints…). The expected
table is written out here, class by class, and must cover the whole `aiohttp.ClientError` hierarchy of the
installed aiohttp: a new exception class fails the coverage test until someone decides what it means.
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import Callable

import aiohttp
import pytest
from aiohttp import client_exceptions as ce
from aiohttp.client_reqrep import ConnectionKey
from aioresponses import aioresponses
from multidict import CIMultiDict, CIMultiDictProxy
from yarl import URL

from msgflash_async import APIConnectionError, APITimeoutError, MsgFlash
from msgflash_async.hooks import AttemptStarted, Hooks
from msgflash_async.models import SendTextMessage

from .conftest import PERSONAL_KEY
from .reachable import reachable_text

BASE = "https://api.example.test"
SEND_URL = f"{BASE}/api/v1/messages/send"
LIST_URL = f"{BASE}/api/v1/instances"
KEY = ConnectionKey("api.example.test", 443, True, True, None, None, None, None)
INFO = aiohttp.RequestInfo(
    URL(SEND_URL), "POST", CIMultiDictProxy(CIMultiDict({"x-api-key": PERSONAL_KEY})), URL(SEND_URL)
)

# class → (a factory, did the request possibly leave?, is it a timeout?)
NEVER_LEFT, MAY_HAVE_LEFT = False, True
CASES: dict[type[BaseException], tuple[Callable[[], BaseException], bool, bool]] = {
    ce.ClientConnectorError: (lambda: ce.ClientConnectorError(KEY, OSError(111, "refused")), NEVER_LEFT, False),
    ce.ClientConnectorDNSError: (
        lambda: ce.ClientConnectorDNSError(KEY, OSError(-2, "no such host")),
        NEVER_LEFT,
        False,
    ),
    ce.ClientProxyConnectionError: (
        lambda: ce.ClientProxyConnectionError(KEY, OSError(111, "proxy")),
        NEVER_LEFT,
        False,
    ),
    ce.ClientSSLError: (lambda: ce.ClientSSLError(KEY, OSError(1, "tls")), NEVER_LEFT, False),
    ce.ClientConnectorSSLError: (lambda: ce.ClientConnectorSSLError(KEY, ssl.SSLError(1, "tls")), NEVER_LEFT, False),
    ce.ClientConnectorCertificateError: (
        lambda: ce.ClientConnectorCertificateError(KEY, ssl.SSLCertVerificationError(1, "bad certificate")),
        NEVER_LEFT,
        False,
    ),
    ce.UnixClientConnectorError: (
        lambda: ce.UnixClientConnectorError("/tmp/sock", KEY, OSError(2, "no socket")),  # noqa: S108
        NEVER_LEFT,
        False,
    ),
    ce.ConnectionTimeoutError: (lambda: ce.ConnectionTimeoutError("connect timeout"), NEVER_LEFT, True),
    ce.ServerFingerprintMismatch: (
        lambda: ce.ServerFingerprintMismatch(b"a", b"b", "api.example.test", 443),
        NEVER_LEFT,
        False,
    ),
    ce.ClientHttpProxyError: (lambda: ce.ClientHttpProxyError(INFO, (), status=407), NEVER_LEFT, False),
    ce.InvalidURL: (lambda: ce.InvalidURL(SEND_URL), NEVER_LEFT, False),
    ce.InvalidUrlClientError: (lambda: ce.InvalidUrlClientError(SEND_URL), NEVER_LEFT, False),
    ce.InvalidUrlRedirectClientError: (lambda: ce.InvalidUrlRedirectClientError(SEND_URL), NEVER_LEFT, False),
    ce.NonHttpUrlClientError: (lambda: ce.NonHttpUrlClientError(SEND_URL), NEVER_LEFT, False),
    ce.NonHttpUrlRedirectClientError: (lambda: ce.NonHttpUrlRedirectClientError(SEND_URL), NEVER_LEFT, False),
    # From here on the request may have reached the server.
    ce.ClientError: (lambda: ce.ClientError("generic"), MAY_HAVE_LEFT, False),
    ce.ClientConnectionError: (lambda: ce.ClientConnectionError("Connection closed"), MAY_HAVE_LEFT, False),
    ce.ClientConnectionResetError: (lambda: ce.ClientConnectionResetError("reset"), MAY_HAVE_LEFT, False),
    ce.ClientOSError: (lambda: ce.ClientOSError(104, "Connection reset by peer"), MAY_HAVE_LEFT, False),
    ce.ServerConnectionError: (lambda: ce.ServerConnectionError("server"), MAY_HAVE_LEFT, False),
    ce.ServerDisconnectedError: (lambda: ce.ServerDisconnectedError(), MAY_HAVE_LEFT, False),
    ce.ServerTimeoutError: (lambda: ce.ServerTimeoutError("timeout"), MAY_HAVE_LEFT, True),
    ce.SocketTimeoutError: (lambda: ce.SocketTimeoutError("read timeout"), MAY_HAVE_LEFT, True),
    ce.ClientPayloadError: (lambda: ce.ClientPayloadError("body cut short"), MAY_HAVE_LEFT, False),
    ce.UploadAbortedError: (lambda: ce.UploadAbortedError("upload aborted"), MAY_HAVE_LEFT, False),
    ce.ClientResponseError: (lambda: ce.ClientResponseError(INFO, (), status=500), MAY_HAVE_LEFT, False),
    ce.ContentTypeError: (lambda: ce.ContentTypeError(INFO, ()), MAY_HAVE_LEFT, False),
    ce.TooManyRedirects: (lambda: ce.TooManyRedirects(INFO, ()), MAY_HAVE_LEFT, False),
    ce.WSServerHandshakeError: (lambda: ce.WSServerHandshakeError(INFO, ()), MAY_HAVE_LEFT, False),
    ce.RedirectClientError: (lambda: ce.RedirectClientError(SEND_URL), MAY_HAVE_LEFT, False),
    asyncio.TimeoutError: (lambda: TimeoutError(), MAY_HAVE_LEFT, True),
}


class CountAttempts(Hooks):
    def __init__(self) -> None:
        self.attempts = 0

    def before_attempt(self, event: AttemptStarted) -> None:
        self.attempts += 1


def _hierarchy(root: type[BaseException]) -> set[type[BaseException]]:
    found = {root}
    for sub in root.__subclasses__():
        if sub.__module__.startswith("aiohttp."):
            found |= _hierarchy(sub)
    return found


def test_every_aiohttp_client_error_has_a_decided_meaning() -> None:
    """The table covers exactly the installed aiohttp's ClientError hierarchy (and the bare TimeoutError)."""
    assert set(CASES) == _hierarchy(aiohttp.ClientError) | {asyncio.TimeoutError}


def _client(counter: CountAttempts) -> MsgFlash:
    return MsgFlash(PERSONAL_KEY, base_url=BASE, rate_limit=None, max_retries=2, hooks=[counter])


@pytest.mark.parametrize("cls", list(CASES), ids=lambda cls: cls.__name__)
async def test_a_create_failing_this_way(cls: type[BaseException]) -> None:
    """A send: retried only if it never left; `may_have_been_sent` is whether it may have; no key reachable."""
    make, left, timed_out = CASES[cls]
    counter = CountAttempts()
    with aioresponses() as mocked:
        mocked.post(SEND_URL, exception=make(), repeat=True)
        async with _client(counter) as client:
            with pytest.raises(APIConnectionError) as caught:
                await client.messages.send(SendTextMessage(instance_id="i1", to="+33612345678", text="hi"))
    error = caught.value
    assert isinstance(error, APITimeoutError) is timed_out
    assert error.may_have_been_sent is left
    assert counter.attempts == (1 if left else 3)
    assert isinstance(error.__cause__, cls)
    leaks = [text for text in reachable_text(error) if PERSONAL_KEY in text or PERSONAL_KEY[10:] in text]
    assert leaks == []


@pytest.mark.parametrize("cls", list(CASES), ids=lambda cls: cls.__name__)
async def test_a_read_failing_this_way(cls: type[BaseException]) -> None:
    """A GET: always retried (repeating it creates nothing); after the last try it says whether it left."""
    make, left, timed_out = CASES[cls]
    counter = CountAttempts()
    with aioresponses() as mocked:
        mocked.get(LIST_URL, exception=make(), repeat=True)
        async with _client(counter) as client:
            with pytest.raises(APIConnectionError) as caught:
                await client.instances.list()
    assert isinstance(caught.value, APITimeoutError) is timed_out
    assert caught.value.may_have_been_sent is left
    assert counter.attempts == 3
    assert "not retried" not in str(caught.value)
