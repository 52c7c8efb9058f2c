"""The one background-work helper: off the GUI thread, results back on it, by typed signal."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QWidget

from intake_app.domain.errors import WrongPassphrase
from intake_app.ui.common.tasks import BusyIndicator, TaskRunner


def test_work_runs_off_the_gui_thread_and_the_result_comes_back_on_it(qtbot):
    runner = TaskRunner()
    gui_thread = threading.get_ident()
    seen: dict[str, int] = {}

    def work() -> str:
        seen["worker"] = threading.get_ident()
        return "done"

    def on_success(value: str) -> None:
        seen["callback"] = threading.get_ident()
        seen["value"] = value  # type: ignore[assignment]

    task = runner.run(work, on_success=on_success)
    with qtbot.waitSignal(task.succeeded, timeout=5000) as blocker:
        pass
    assert blocker.args == ["done"]
    assert seen["worker"] != gui_thread
    assert seen["callback"] == gui_thread
    assert seen["value"] == "done"


def test_a_failure_arrives_as_the_typed_exception_without_its_traceback(qtbot):
    runner = TaskRunner()

    def work() -> None:
        secret = "a passphrase in a local variable"  # noqa: F841 - must not be kept alive
        raise WrongPassphrase("wrong")

    task = runner.run(work)
    with qtbot.waitSignal(task.failed, timeout=5000) as blocker:
        pass
    (exc,) = blocker.args
    assert isinstance(exc, WrongPassphrase)
    assert exc.__traceback__ is None


def test_busy_indicator_shows_while_the_task_runs(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    indicator = BusyIndicator(host)
    host.show()
    runner = TaskRunner()
    release = threading.Event()
    busy_states: list[bool] = []
    runner.busy_changed.connect(busy_states.append)

    task = runner.run(lambda: release.wait(5))
    indicator.track(task, "Working on it")
    assert indicator.isVisible()
    assert runner.busy
    release.set()
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert not indicator.isVisible()
    assert busy_states == [True, False]
    assert not runner.busy


def test_one_worker_runs_tasks_one_after_another(qtbot):
    runner = TaskRunner()
    order: list[str] = []
    first_may_end = threading.Event()

    def first() -> None:
        order.append("first start")
        first_may_end.wait(5)
        order.append("first end")

    first_task = runner.run(first)
    second_task = runner.run(lambda: order.append("second"))
    qtbot.waitUntil(lambda: order == ["first start"], timeout=5000)
    first_may_end.set()
    with qtbot.waitSignals([first_task.finished, second_task.finished], timeout=5000):
        pass
    assert order == ["first start", "first end", "second"]
