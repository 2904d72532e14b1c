"""The pipeline builders: the sentence-length cap and the sentence index."""

from __future__ import annotations

from extractor.nlp import MAX_SENTENCE_TOKENS, build_sentencizer, index_sentences


def test_text_without_sentence_ends_is_cut_into_bounded_sentences():
    words = " ".join(["the council said 5 people and 3 homes"] * 100)  # 800 tokens, no period
    doc = build_sentencizer()(words)
    lengths = [len(sent) for sent in doc.sents]
    assert sum(lengths) == len(doc)
    assert len(lengths) > 1
    assert max(lengths) <= MAX_SENTENCE_TOKENS


def test_ordinary_sentences_are_left_as_the_splitter_made_them():
    text = "The mayor said 40 homes were damaged. About 1,200 people left the coast on Monday."
    doc = build_sentencizer()(text)
    assert [sent.text for sent in doc.sents] == [
        "The mayor said 40 homes were damaged.",
        "About 1,200 people left the coast on Monday.",
    ]


def test_sentence_index_answers_as_spacy_does(nlp):
    doc = nlp(
        "The mayor said 40 homes were damaged. About 1,200 people left. Officials counted 3 boats."
    )
    expected = [(token.i, token.sent.start, token.sent.end) for token in doc]
    expected_spans = [
        (doc[i : i + 2].sent.start, doc[i : i + 2].sent.end) for i in range(len(doc) - 1)
    ]
    index_sentences(doc)
    assert [(token.i, token.sent.start, token.sent.end) for token in doc] == expected
    assert [
        (doc[i : i + 2].sent.start, doc[i : i + 2].sent.end) for i in range(len(doc) - 1)
    ] == expected_spans


def test_long_paragraphs_are_parsed_in_bounded_segments(extractor):
    from extractor.article import split_sentences
    from extractor.article.sentences import MAX_SEGMENT_CHARS, find_segments

    text = "The council said 5 people left. " * 400  # one 12,800-character paragraph
    blocks = split_sentences([_block(text)], extractor.sentencizer)
    segments = find_segments(blocks, [True] * len(blocks))
    assert len(segments) > 1
    assert all(end - start <= MAX_SEGMENT_CHARS for start, end in segments)
    assert segments[0][0] == 0 and segments[-1][1] == len(text.rstrip())
    assert all(
        a_end <= b_start for (_, a_end), (b_start, _) in zip(segments, segments[1:], strict=False)
    )


def _block(text):
    from extractor.article.blocks import Block

    return Block(0, len(text), text)


def test_remembered_lemmas_are_the_ones_spacy_works_out(nlp):
    import spacy

    from extractor.nlp import DEFAULT_MODEL

    plain = spacy.load(DEFAULT_MODEL, exclude=["senter"])  # spaCy's own lemmatizer
    texts = [
        "The companies said 40 workers were laid off and 12 more are leaving.",
        "She was running faster than the others; the running costs rose 5% again.",
        "Better days are coming, said the best-known mayors of the largest cities.",
    ]
    for _ in range(2):  # the second pass reads the remembered lemmas
        for text in texts:
            assert [t.lemma_ for t in nlp(text)] == [t.lemma_ for t in plain(text)]
