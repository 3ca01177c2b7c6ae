"""A circuit breaker in front of the cluster: after a failure, stop asking for a while."""

from __future__ import annotations

import threading
import time


class CircuitBreaker:
    def __init__(self, cooldown_seconds: float) -> None:
        self.cooldown_seconds = cooldown_seconds
        self._open_until = 0.0
        self._lock = threading.Lock()

    def allows(self) -> bool:
        """True while closed, and once the cooldown has passed (a trial request)."""
        return time.monotonic() >= self._open_until

    def trip(self) -> None:
        with self._lock:
            self._open_until = time.monotonic() + self.cooldown_seconds

    def reset(self) -> None:
        with self._lock:
            self._open_until = 0.0

    @property
    def is_open(self) -> bool:
        return not self.allows()
