"""The no-network tripwire: an audit hook that refuses internet sockets in this process.

The app has no network code; this hook makes any accidental use (a library, a plug-in) fail
loudly instead of quietly connecting. Local (AF_UNIX) sockets stay allowed: the desktop session
uses them for the display server and accessibility bus.
"""

from __future__ import annotations

import sys
from typing import Any

_installed = False

#: AF_UNIX is 1 on every platform Python supports; every other family reaches a network.
_AF_UNIX = 1


class NetworkRefused(RuntimeError):
    """Raised inside the process when anything tries to open a network socket."""


def _hook(event: str, args: tuple[Any, ...]) -> None:
    if event == "socket.__new__":
        family = args[1] if len(args) > 1 else None
        if family is not None and int(family) != _AF_UNIX:
            raise NetworkRefused("Confidential Intake never uses the network")
    elif event in ("socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr",
                   "socket.getnameinfo"):
        raise NetworkRefused("Confidential Intake never uses the network")
    elif event in ("socket.connect", "socket.bind", "socket.sendto"):
        address = args[1] if len(args) > 1 else None
        if isinstance(address, tuple):
            raise NetworkRefused("Confidential Intake never uses the network")


def install() -> None:
    """Install the hook once. Audit hooks cannot be removed, by design."""
    global _installed
    if not _installed:
        sys.addaudithook(_hook)
        _installed = True


def installed() -> bool:
    return _installed
