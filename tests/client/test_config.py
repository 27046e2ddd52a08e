"""Construction: keys, team scope, base URL, environment, repr. All of it before any I/O."""

from __future__ import annotations

import pytest

from msgflash_async import ConfigurationError, MsgFlash, Timeouts

from .conftest import PERSONAL_KEY, TEAM_ID, TEAM_KEY


def test_personal_key_is_accepted() -> None:
    """A msgf_live_ key with 64 lowercase hex characters makes a personal client."""
    client = MsgFlash(PERSONAL_KEY)
    assert "msgf_live_…cdef" in repr(client)
    assert "team_id" not in repr(client)


def test_team_key_with_team_id_is_accepted() -> None:
    """A team key with a UUID team id makes a team client; the id is normalised."""
    client = MsgFlash(TEAM_KEY, team_id=TEAM_ID.upper())
    assert f"team_id='{TEAM_ID}'" in repr(client)


@pytest.mark.parametrize(
    ("key", "team_id", "fragment"),
    [
        pytest.param("", None, "empty", id="empty"),
        pytest.param(PERSONAL_KEY + " ", None, "spaces or line breaks", id="trailing-space"),
        pytest.param(PERSONAL_KEY[:20] + "\n" + PERSONAL_KEY[20:], None, "spaces or line breaks", id="newline"),
        pytest.param("sk_live_" + "a" * 64, None, "must start with msgf_live_", id="unknown-prefix"),
        pytest.param("msgf_live_" + "A" * 64, None, "not all of them lowercase hex", id="uppercase-hex"),
        pytest.param("msgf_live_" + "a" * 63, None, "63 characters", id="short"),
        pytest.param("msgf_team_abc-def", TEAM_ID, "letters and digits", id="team-bad-char"),
        pytest.param(TEAM_KEY, None, "needs team_id", id="team-without-id"),
        pytest.param(PERSONAL_KEY, TEAM_ID, "TEAM_KEY_REQUIRED", id="personal-with-team-id"),
        pytest.param(TEAM_KEY, "team-1", "must be a UUID", id="team-id-not-uuid"),
        pytest.param(TEAM_KEY, f"{TEAM_ID}\r\nX-Evil: 1", "must be a UUID", id="team-id-header-injection"),
    ],
)
def test_bad_keys_and_team_ids_are_refused_without_echoing_the_key(
    key: str, team_id: str | None, fragment: str
) -> None:
    """Each mistake raises ConfigurationError (a ValueError) saying what is wrong, never quoting the key."""
    with pytest.raises(ConfigurationError, match=fragment) as caught:
        MsgFlash(key, team_id=team_id)
    assert isinstance(caught.value, ValueError)
    secret_part = key.strip()[10:]
    if len(secret_part) >= 8:
        assert secret_part not in str(caught.value)


def test_missing_key_names_the_environment_variable() -> None:
    """With no argument and no MSGFLASH_API_KEY the error says how to provide one."""
    with pytest.raises(ConfigurationError, match="MSGFLASH_API_KEY"):
        MsgFlash()


def test_settings_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """MSGFLASH_API_KEY, MSGFLASH_TEAM_ID and MSGFLASH_BASE_URL fill what the arguments leave unset."""
    monkeypatch.setenv("MSGFLASH_API_KEY", TEAM_KEY)
    monkeypatch.setenv("MSGFLASH_TEAM_ID", TEAM_ID)
    monkeypatch.setenv("MSGFLASH_BASE_URL", "http://127.0.0.1:8123")
    assert (
        repr(MsgFlash())
        == f"MsgFlash(api_key='msgf_team_…i789', team_id='{TEAM_ID}', base_url='http://127.0.0.1:8123')"
    )


def test_arguments_win_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """An explicit argument overrides its environment variable."""
    monkeypatch.setenv("MSGFLASH_API_KEY", "garbage")
    monkeypatch.setenv("MSGFLASH_BASE_URL", "http://example.com")
    client = MsgFlash(PERSONAL_KEY, base_url="https://api.example.com")
    assert "https://api.example.com" in repr(client)


@pytest.mark.parametrize(
    ("url", "fragment"),
    [
        pytest.param("http://srv.msgflash.com", "must use https", id="plain-http-remote"),
        pytest.param("http://10.0.0.5:8080", "must use https", id="plain-http-private"),
        pytest.param("ftp://srv.msgflash.com", r"http\(s\) URL", id="ftp"),
        pytest.param("https://srv.msgflash.com/api/v1", "only scheme, host and port", id="path"),
        pytest.param("https://user:pw@srv.msgflash.com", "only scheme, host and port", id="credentials"),
        pytest.param("not a url", r"http\(s\) URL", id="garbage"),
    ],
)
def test_bad_base_urls_are_refused(url: str, fragment: str) -> None:
    """Non-https remote URLs (the key would travel in clear) and URLs with paths are refused."""
    with pytest.raises(ConfigurationError, match=fragment):
        MsgFlash(PERSONAL_KEY, base_url=url)


@pytest.mark.parametrize("url", ["http://127.0.0.1:9", "http://localhost:9", "http://[::1]:9"])
def test_loopback_may_use_plain_http(url: str) -> None:
    """The sandbox and local proxies run on loopback over plain http."""
    assert url in repr(MsgFlash(PERSONAL_KEY, base_url=url))


@pytest.mark.parametrize(
    ("options", "fragment"),
    [
        ({"max_retries": -1}, "max_retries"),
        ({"rate_limit": 0}, "rate_limit"),
        ({"timeout": -2}, "Timeouts.connect"),
    ],
)
def test_bad_options_are_refused(options: dict[str, object], fragment: str) -> None:
    """Numeric options are checked at construction."""
    with pytest.raises(ConfigurationError, match=fragment):
        MsgFlash(PERSONAL_KEY, **options)  # type: ignore[arg-type]


def test_a_number_as_timeout_bounds_connect_read_and_total() -> None:
    """`timeout=5` is shorthand for Timeouts(5, 5, 5)."""
    assert Timeouts.coerce(5) == Timeouts(connect=5, read=5, total=5)


def test_with_options_changes_team_and_keeps_the_key() -> None:
    """with_options gives a scoped copy; a team id is still refused for a personal key."""
    team = MsgFlash(TEAM_KEY, team_id=TEAM_ID)
    other_team = "9b2e0b6e-5f3c-4c84-8e43-2d1a4f1a0c11"
    assert other_team in repr(team.with_options(team_id=other_team))
    with pytest.raises(ConfigurationError, match="TEAM_KEY_REQUIRED"):
        MsgFlash(PERSONAL_KEY).with_options(team_id=other_team)
