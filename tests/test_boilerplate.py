"""Blocks and boilerplate: lines such as "Advertisement" and "Read more:" lists yield no claims."""

from __future__ import annotations

import pytest

from extractor.article.blocks import MAX_BLOCK_CHARS, find_blocks


def boilerplate_lines(text, resources):
    return [block.text for block in find_blocks(text, resources=resources) if block.boilerplate]


@pytest.mark.parametrize(
    "line",
    [
        "Advertisement",
        "For the latest headlines, follow our Google News channel online or via the app.",
        "Read more:",
        "Related:",
        "Share this article",
        "By Jane Smith",
        "© 2022 Example Media. All rights reserved.",
    ],
)
def test_boilerplate_lines(resources, line):
    text = f"Officials said 300 homes burned.\n\n{line}\n\nThe fire spread overnight."
    assert boilerplate_lines(text, resources) == [line]


@pytest.mark.parametrize(
    "line",
    [
        "By 2030, 40% of cars will be electric, the agency said.",
        "Advertisements cost 5,000 dollars, the firm said.",
        "Read more about the 300 homes in our report.",
    ],
)
def test_body_lines_are_not_boilerplate(resources, line):
    assert boilerplate_lines(f"{line}\n\nMore text here.", resources) == []


def test_read_more_list_runs_until_body_text(resources, seed_text):
    marked = boilerplate_lines(seed_text, resources)
    assert "Read more:" in marked
    assert "More than 100,000 Russian military casualties in Ukraine: US general" in marked
    assert "US privately urging Ukraine to be open to talks with Russia: Report" in marked
    assert not any("5,937" in line for line in marked)

    text = (
        "Read more:\n\nTalks collapse: report\n\n"
        "The army said 2,000 soldiers left on Monday.\n\nLast line"
    )
    assert boilerplate_lines(text, resources) == ["Read more:", "Talks collapse: report"]


def test_blocks_slice_the_input_exactly(resources, seed_text):
    blocks = find_blocks(seed_text, resources=resources)
    assert len(blocks) == 17  # non-empty paragraphs of the seed article
    for block in blocks:
        assert seed_text[block.start_char : block.end_char] == block.text


def test_hard_wrapped_lines_join_into_one_paragraph(resources):
    text = (
        "The ministry said that about\n300 people, most of them\n"
        "children, were evacuated.\nNext paragraph."
    )
    blocks = find_blocks(text, resources=resources)
    assert [b.text.split()[0] for b in blocks] == ["The", "Next"]


def test_huge_paragraph_is_cut_at_sentence_ends(resources):
    text = "Officials said 5 people died. " * (3 * MAX_BLOCK_CHARS // 30)
    blocks = find_blocks(text, resources=resources)
    assert len(blocks) >= 3
    assert all(len(b.text) <= MAX_BLOCK_CHARS for b in blocks)
    assert all(text[b.start_char : b.end_char] == b.text for b in blocks)
    assert all(b.text.endswith("died.") for b in blocks)
