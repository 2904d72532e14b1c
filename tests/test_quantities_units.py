"""Units (units.py): the units lexicon, rates, ages, percentage points."""

from __future__ import annotations

import pytest

from .test_quantities_find import quantities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # units from models/lexicons/units.v1.tsv, glued, spaced or hyphenated
        ("The car has a 510bhp engine.", ("510bhp", 510, "brake horsepower")),
        ("Each home gets a 7kW battery.", ("7kW", 7, "kilowatt")),
        ("The screen runs at 90Hz today.", ("90Hz", 90, "hertz")),
        ("Lead levels hit 9 ppb in May.", ("9 ppb", 9, "parts-per-billion")),
        ("It gets a 3-mpg gain.", ("3-mpg", 3, "mile per gallon")),
        ("The plant stores 12 GWh of power.", ("12 GWh", 12, "gigawatt hour")),
        ("The pixel pitch is 250 μm.", ("250 μm", 250, "micrometre")),
        ("Water froze at 0 C there.", ("0 C", 0, "degree Celsius")),
        ("The engine makes 410 Nm of torque.", ("410 Nm", 410, "newton metre")),
        ("A 1.4 litre engine was fitted.", ("1.4 litre", 1.4, "litre")),
        ("The trip was 4.1bn km long.", ("4.1bn km", 4.1e9, "kilometre")),
        ("He drove at 70 m.p.h. on the road.", ("70 m.p.h.", 70, "mile per hour")),
        (
            "Ozone reached 400 parts per million there.",
            ("400 parts per million", 400, "part per million"),
        ),
        ("The pitcher had 1.2 WAR last season.", ("1.2 WAR", 1.2, "win above replacement")),
        # a registry unit's own name (quantulum3 lists "hectare" only as "ha", "sq hm")
        ("The fire burned 2,400 hectares of scrub.", ("2,400 hectares", 2400, "hectare")),
        # units quantulum3 lacks, in the hand-made table
        ("The ship was 40 nautical miles out.", ("40 nautical miles", 40, "nautical mile")),
        ("The field pumps 90,000 bpd now.", ("90,000 bpd", 90000, "barrel per day")),
        # "sq" and "sq." before a spelled-out area unit
        ("The flat is 58 sq. metres in all.", ("58 sq. metres", 58, "square metre")),
        ("The zone covers 12 sq miles.", ("12 sq miles", 12, "square mile")),
        ("The charger gives 3 amps at most.", ("3 amps", 3, "ampere")),
        ("Stamps cost 8 pence more now.", ("8 pence", 8, "penny")),
        ("The break lasted 45 mins today.", ("45 mins", 45, "minute")),
        # a glued unit on the sentence's last token, full stop and all
        ("The heat reached 106F.", ("106F", 106, "degree fahrenheit")),
        ("Rates rose 25 basis points today.", ("25 basis points", 25, "basis point")),
        (
            "Gas cost US$3.10 per mmBTU today.",
            ("US$3.10 per mmBTU", 3.1, "USD per mega british thermal unit"),
        ),
        ("It runs a 40,000 barrel-a-day plant.", ("40,000 barrel-a-day", 40000, "barrel per day")),
        # currency minor units, as "cent": sen (ringgit, rupiah), paise, kopecks, centavos
        ("The stock slipped 7 sen on Monday.", ("7 sen", 7, "sen")),
        ("A stamp now costs 75 paise more.", ("75 paise", 75, "paisa")),
        ("Bread went up by 40 kopecks a loaf.", ("40 kopecks", 40, "kopeck")),
        ("Fares rose 30 centavos this year.", ("30 centavos", 30, "centavo")),
        # a currency's cents are cents, not the currency
        ("A stamp costs 55 US cents now.", ("55 US cents", 55, "cent")),
        ("The coin is worth 20 euro cents.", ("20 euro cents", 20, "cent")),
        ("Its price fell 3 United States cents.", ("3 United States cents", 3, "cent")),
        # money for one unit or one share after "a"/"an" is a rate, as after "per"
        ("Brent rose to $58.24 a barrel.", ("$58.24 a barrel", 58.24, "USD per barrel")),
        ("The IPO priced at $62 a share.", ("$62 a share", 62, "USD per share")),
        ("Milk costs 90p a litre here.", ("90p a litre", 90, "penny per litre")),
        ("He lent $20 a friend of his.", ("$20", 20, "USD")),
        # the currency of a sign before the number, however much of the text quantulum3 reads
        ("Seats cost up to ¥12,000 each.", ("up to ¥12,000", 12000, "JPY")),
        # a straight double quote after a number is the inch sign in news copy
        ('The storm left 14" of snow overnight.', ('14"', 14, "inch")),
        ('The set has a 65" screen.', ('65"', 65, "inch")),
    ],
)
def test_lexicon_units(nlp, resources, text, expected):
    [(got_text, value, _, _, _, unit)] = quantities(nlp, resources, text)
    assert (got_text, unit) == (expected[0], expected[2])
    assert value == pytest.approx(expected[1])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Smith, 58, has retired from the board.", ("58", 58, "year of age")),
        ("Half of adults aged 40 or over voted.", ("40", 40, "year of age")),
        ("The population is about 9 B people.", ("about 9 B", 9e9, None)),
        ("Jones scored 3 TDs in the game.", ("3", 3, None)),
        ("Fees will rise by an average of 1500 next year.", ("1500", 1500, None)),
        ("Rain fell on 40 per week on average.", ("40", 40, None)),
    ],
)
def test_other_value_and_unit_fixes(nlp, resources, text, expected):
    [(value, unit)] = [
        (v, u) for t, v, _, _, _, u in quantities(nlp, resources, text) if t == expected[0]
    ]
    assert unit == expected[2]
    assert value == pytest.approx(expected[1])


def test_age_range(nlp, resources):
    [(text, _, low, high, bound, unit)] = quantities(
        nlp, resources, "Jobs for men aged 25 to 54 grew."
    )
    assert (text, low, high, bound, unit) == ("25 to 54", 25, 54, "range", "year of age")


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # pounds as money: the object of a money word
        ("She paid 300 pounds for the bike.", "GBP"),
        ("The house is worth 400,000 pounds.", "GBP"),
        # pounds as weight
        ("The bag weighs 60 pounds.", "pound-mass"),
        ("He lost 20 pounds in a month.", "pound-mass"),
    ],
)
def test_pounds_as_money_or_weight(nlp, resources, text, unit):
    [(*_, got_unit)] = quantities(nlp, resources, text)
    assert got_unit == unit
