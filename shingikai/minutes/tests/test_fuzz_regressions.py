"""Inputs that bench/fuzz.py once found crashing the parser: each must now parse or be refused."""

import pytest

from shingikai.minutes.parser import MinutesError, parse_minutes

FOUND = ["|", "\t", "審議結果\n|"]


@pytest.mark.parametrize("text", FOUND)
def test_fuzz_found_inputs_do_not_crash(text):
    try:
        result = parse_minutes(text)
    except MinutesError:
        return
    assert isinstance(result["items"], list)
