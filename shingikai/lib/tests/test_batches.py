from shingikai.lib.batches import batched


def test_batches_keep_the_order_and_the_last_one_is_shorter():
    assert list(batched(range(5), 2)) == [[0, 1], [2, 3], [4]]


def test_no_items_make_no_batch():
    assert list(batched(iter([]), 3)) == []
