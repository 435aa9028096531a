"""The scan's garbage-collector settings are scoped: a long-running process gets its own back."""

from __future__ import annotations

import gc

from pipeline import collector


def test_bulk_work_settings_are_restored_and_unfrozen() -> None:
    before = gc.get_threshold()
    frozen_before = gc.get_freeze_count()
    with collector.tuned_for_bulk_work():
        assert gc.get_threshold()[0] > before[0]
        assert gc.get_freeze_count() >= frozen_before
        garbage = [[]]
        garbage[0].append(garbage)  # a reference cycle made inside the block
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0
    del garbage
    assert gc.collect() >= 1  # the cycle is still collectable afterwards


def test_paused_collector_resumes() -> None:
    assert gc.isenabled()
    with collector.paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_nested_bulk_work_blocks_leave_the_outer_settings_in_force() -> None:
    before = gc.get_threshold()
    with collector.tuned_for_bulk_work():
        tuned = gc.get_threshold()
        frozen = gc.get_freeze_count()
        with collector.tuned_for_bulk_work():
            assert gc.get_threshold() == tuned
        # The inner block neither restored the thresholds nor unfroze the outer block's objects.
        assert gc.get_threshold() == tuned
        assert gc.get_freeze_count() == frozen
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0
