"""The ranking at national scale (`rank_plan` of each backend) gives the answers the generic
ranking gives: the search tests of the other modules run again here with the thresholds
lowered, so that the bounded path ranks the handful of test documents.

Runs on whichever database the suite runs on.
"""

import pytest

from shingikai.search import _postgres, _sqlite
from shingikai.search.tests.test_permissions import (  # noqa: F401
    consultations,
    test_a_department_finds_its_drafts_decided_ones_and_imported_minutes,
    test_an_administrator_finds_everything,
    test_an_anonymous_visitor_finds_no_staff_document,
    test_another_department_does_not_find_the_draft,
    test_search_agrees_with_the_access_rules,
    test_the_secretariat_finds_its_council_and_imported_minutes,
)
from shingikai.search.tests.test_plain_language import (  # noqa: F401
    cctv_synonyms,
    test_a_question_sharing_one_word_still_finds,
    test_a_question_without_spaces_finds_the_right_consultation,
    test_a_withheld_span_never_matches_for_the_public_whatever_the_expansion,
    test_an_everyday_synonym_finds_the_formal_term,
    test_an_unknown_word_still_matches_by_its_bigrams,
    test_the_users_own_word_ranks_above_its_synonym,
)
from shingikai.search.tests.test_redaction import (  # noqa: F401
    meeting,
    published,
    test_a_withheld_part_never_matches_for_the_public,
    test_the_public_finds_the_consultation_by_its_other_words_with_the_marker,
    test_the_secretariat_still_finds_the_withheld_part,
)
from shingikai.search.tests.test_search import (  # noqa: F401
    sms_and_cctv,
    test_a_phrase_must_be_contiguous,
    test_a_quoted_phrase_must_occur_and_a_minus_word_must_not,
    test_an_excluded_word_removes_its_consultations,
    test_an_unknown_word_and_a_part_of_it_are_found,
    test_any_content_word_finds_and_covering_more_words_ranks_first,
    test_facets_narrow_by_municipality_year_outcome_and_kind,
    test_pages,
    test_the_issue_examples_rank_first,
)


@pytest.fixture(autouse=True, params=["common words", "short lists"])
def national_scale(request, monkeypatch):
    """Every index counts as national: every word is common (found by the conjunction of
    the concepts and checked among the candidates), or every list is cut after 3 rows."""
    cheap, head = (1, 50) if request.param == "common words" else (10**6, 3)
    for backend in (_sqlite, _postgres):
        for name, value in (
            ("BOUNDED_FROM", 0),
            ("CHEAP", cheap),
            ("HEAD", head),
            ("WINDOW", 50),
        ):
            if hasattr(backend, name):
                monkeypatch.setattr(backend, name, value)
