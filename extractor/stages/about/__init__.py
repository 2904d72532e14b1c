"""What a number is about: the counted thing, its qualifiers and what is asserted of it.

``entity``, ``qualifiers`` and ``property`` describe the counted or measured noun
(CLAIM-SPEC). ``text`` is the short phrase a reader needs to know what the number
measures, built from two parts:

- the **counted thing** (``counted.py`` chooses the tokens): the entity with its
  qualifiers, its "of" phrase and, when the verb says something of it, the property
  ("Russian soldiers killed or injured"); left out when the noun is only a unit
  ("1,200 points", "15 cents");
- the **holder** (``holder.py``, ``clause.py``): whose number it is, found up the parse:
  the subject of the clause ("the trade gap widened by $12bn"), the object a change or
  price applies to ("extended the battery range by 40 km", "valued the firm at $5bn"),
  the noun the number measures through a preposition ("a stimulus package of $1
  trillion") or stands beside ("Ann Lee (12 goals)").

A number restating another ("5 miles (8 km)") is about what that one is about
(``restated.py``). ``phrases.py`` writes both parts as noun phrases without determiners
or possessive pronouns, spaced as written; ``words.py`` holds the word tests (units,
framing nouns, dates) and ``syntax.py`` the small walks over the parse. NewsQuant's
referred concepts (``extract bench newsquant``) are mostly holders.
"""

from .find import AboutRef, find_about

__all__ = ["AboutRef", "find_about"]
