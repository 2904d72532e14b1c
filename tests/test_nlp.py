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
        # nlp.pipe runs the lemmatizer's own Doc loop, which reads the token arrays
        ours = [[t.lemma_ for t in doc] for doc in nlp.pipe(texts)]
        assert ours == [[t.lemma_ for t in doc] for doc in plain.pipe(texts)]


# One-token patterns of every kind (words, tags, word sets, spaces) and the two-token
# ones ("gon na", "let 's", "there is", "ai n't", "y' all") of the attribute ruler.
RULER_TEXTS = (
    "There is no way they're gonna win, and let's face it: we ain't ready.",
    "Y'all said that  5 of them   were n't there because the mayor had to go.",
    "It's what it is: she'd have done it if he'd asked, though not quite yet.",
    "Gotta love it. C'mon, whether or not the 3 firms' shares rise, they will.",
)


def test_remembered_attribute_matches_are_the_ones_spacy_finds(nlp):
    import spacy

    from extractor.nlp import DEFAULT_MODEL

    plain = spacy.load(DEFAULT_MODEL, exclude=["senter"])  # spaCy's own attribute ruler
    ours, theirs = nlp.get_pipe("attribute_ruler"), plain.get_pipe("attribute_ruler")
    assert ours.match.__class__ is not theirs.match.__class__  # ours remembers
    before_ruler = ["attribute_ruler", "lemmatizer", "ner"]
    for _ in range(2):  # the second pass reads the remembered matches
        with plain.select_pipes(disable=before_ruler):
            docs = list(plain.pipe(RULER_TEXTS))
        assert [ours.match(doc) for doc in docs] == [theirs.match(doc) for doc in docs]
        assert any(end - start == 2 for doc in docs for *_, start, end in ours.match(doc))
        parsed = [[(t.pos_, str(t.morph), t.lemma_) for t in doc] for doc in nlp.pipe(RULER_TEXTS)]
        assert parsed == [
            [(t.pos_, str(t.morph), t.lemma_) for t in doc] for doc in plain.pipe(RULER_TEXTS)
        ]


def test_over_long_sentences_are_cut_every_max_tokens_from_their_start():
    from spacy.lang.en import English
    from spacy.tokens import Doc

    from extractor.nlp import cap_sentence_length

    length = 2 * MAX_SENTENCE_TOKENS + 40
    starts = [i in (0, 30) for i in range(length)]
    doc = cap_sentence_length(Doc(English().vocab, words=["word"] * length, sent_starts=starts))
    cut = [token.i for token in doc if token.is_sent_start]
    assert cut == [0, 30, 30 + MAX_SENTENCE_TOKENS, 30 + 2 * MAX_SENTENCE_TOKENS]
    short = Doc(English().vocab, words=["word"] * 5, sent_starts=[True] + [False] * 4)
    assert [t.is_sent_start for t in cap_sentence_length(short)] == [True] + [False] * 4


def test_the_pipelines_multiply_matrices_through_numpys_blas(nlp):
    from extractor.nlp import build_sentencizer

    layers = [
        component.model.ops
        for pipeline in (nlp, build_sentencizer())
        for _, component in pipeline.pipeline
        if hasattr(component, "model") and hasattr(component.model, "ops")
    ]
    assert layers and all(getattr(ops, "use_blis", None) is False for ops in layers)


def test_numpys_blas_runs_on_one_thread_while_a_pipeline_runs(nlp):
    from threadpoolctl import threadpool_info

    from extractor.nlp import one_blas_thread

    with one_blas_thread():
        blas = [info for info in threadpool_info() if info["user_api"] == "blas"]
        assert all(info["num_threads"] == 1 for info in blas)
    docs = [nlp("Sales rose 5% to $3.2bn, the company said.")]
    with one_blas_thread():
        assert [t.dep_ for t in nlp("Sales rose 5% to $3.2bn, the company said.")] == [
            t.dep_ for t in docs[0]
        ]
