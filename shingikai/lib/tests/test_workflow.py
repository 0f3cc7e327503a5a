"""The transition table: what it allows, to whom, and how it refuses."""

from types import SimpleNamespace

import pytest

from shingikai.lib.workflow import Refused, Workflow, step


class NotNow(Exception):
    pass


def _flow(**kwargs) -> Workflow:
    return Workflow(
        "door",
        (
            step("open", {"closed"}, "open", who=lambda user, obj: user == "keeper"),
            step("close", {"open"}, "closed"),
            step("oil", {"open", "closed"}, None, guard=lambda obj: obj.rusty),
        ),
        **kwargs,
    )


def test_available_actions_follow_state_guard_and_user():
    door = SimpleNamespace(state="closed", rusty=False)
    flow = _flow()
    assert flow.available(door, "keeper") == ["open"]
    assert flow.available(door, "visitor") == []
    door.rusty = True
    assert flow.available(door, "visitor") == ["oil"]
    assert flow.available(door) == ["open", "oil"]


def test_check_raises_the_apps_refusal_from_a_wrong_state():
    flow = _flow(refuse=lambda obj, t: NotNow(f"{t.action} from {obj.state}"))
    with pytest.raises(NotNow, match="close from closed"):
        flow.check("close", SimpleNamespace(state="closed"))
    assert flow.check("open", SimpleNamespace(state="closed")).target == "open"


def test_check_without_an_app_refusal_raises_refused():
    with pytest.raises(Refused):
        _flow().check("close", SimpleNamespace(state="closed"))


def test_an_action_defined_twice_is_a_programming_error():
    with pytest.raises(ValueError, match="twice"):
        Workflow("x", (step("a", {"s"}, "t"), step("a", {"t"}, "s")))


def test_states_reaching_a_target():
    assert _flow().states_reaching("closed") == {"open"}


def test_workflow_imports_no_django():
    import subprocess
    import sys

    code = (
        "import sys, shingikai.lib.workflow; "
        "sys.exit(1 if any(m.startswith('django') for m in sys.modules) else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0
