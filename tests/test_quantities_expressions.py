"""Unit expressions as news writes them, each in a synthetic sentence: the number, its
unit and its bound (CLAIM-SPEC "Field rules"; units in the vocabulary of
models/README.md). Measures here: speeds, money, shares, lengths and heights, areas,
volumes, masses, energy, temperatures, data, rates; counts, words, durations and bound
phrases in test_quantities_expressions_words.py. The whole table is parsed once."""

from __future__ import annotations

import pytest

from extractor.stages.quantities import find_quantities

R = "range"

# (sentence, text of the quantity, value or (low, high), unit, bound)
MEASURES = [
    # speeds; "Mach" is written before its number
    ("The jet can fly at Mach 2 in level flight.", "Mach 2", 2, "Mach", "exact"),
    ("The missile reached Mach 5.5 in tests.", "Mach 5.5", 5.5, "Mach", "exact"),
    ("It flies at up to Mach 10, they say.", "up to Mach 10", 10, "Mach", "upper"),
    ("The storm moved east at 5 km/h overnight.", "5 km/h", 5, "kilometre per hour", "exact"),
    ("Police said the car was doing 80 mph on the bypass.", "80 mph", 80, "mile per hour", "exact"),
    ("Winds gusted to 120 kph along the coast.", "120 kph", 120, "kilometre per hour", "exact"),
    ("The ferry sails at 30 knots in calm seas.", "30 knots", 30, "knot", "exact"),
    (
        "The limit drops to 20 miles per hour near schools.",
        "20 miles per hour",
        20,
        "mile per hour",
        "exact",
    ),
    ("Gusts reached 25 m/s on the summit.", "25 m/s", 25, "metre per second", "exact"),
    (
        "The train can reach 300 kilometres per hour.",
        "300 kilometres per hour",
        300,
        "kilometre per hour",
        "exact",
    ),
    ("He was clocked at 95mph on the motorway.", "95mph", 95, "mile per hour", "exact"),
    (
        "The speed limit is under 30 mph in the village.",
        "under 30 mph",
        30,
        "mile per hour",
        "upper",
    ),
    # money
    ("The company was valued at $3.5bn last year.", "$3.5bn", 3.5e9, "USD", "exact"),
    ("Cleaners earn £4.50 per hour in the scheme.", "£4.50 per hour", 4.5, "GBP per hour", "exact"),
    ("The club paid €2m for the striker.", "€2m", 2e6, "EUR", "exact"),
    ("The bridge cost $12 million to build.", "$12 million", 12e6, "USD", "exact"),
    ("The debt stands at £1.2 trillion.", "£1.2 trillion", 1.2e12, "GBP", "exact"),
    ("A ticket costs US$50 at the door.", "US$50", 50, "USD", "exact"),
    ("The house sold for $500,000 in March.", "$500,000", 500000, "USD", "exact"),
    ("Stamps went up by 20 cents each.", "20 cents", 20, "cent", "exact"),
    (
        "The council spent 40 euros per resident.",
        "40 euros per resident",
        40,
        "EUR per resident",
        "exact",
    ),
    ("The fund is worth $1.3tn overall.", "$1.3tn", 1.3e12, "USD", "exact"),
    ("A sandwich now costs £3 in the canteen.", "£3", 3, "GBP", "exact"),
    ("The firm lost nearly $2bn in the quarter.", "nearly $2bn", 2e9, "USD", "upper"),
    ("The app earned more than $5 million in a week.", "more than $5 million", 5e6, "USD", "lower"),
    ("Fares rose to ¥500 in Tokyo.", "¥500", 500, "JPY", "exact"),
    (
        "The scheme costs 250 million dollars a year.",
        "250 million dollars a year",
        250e6,
        "USD per year",
        "exact",
    ),
    ("The budget is $4.2 billion this year.", "$4.2 billion", 4.2e9, "USD", "exact"),
    (
        "Bonuses of between £5,000 and £10,000 were paid.",
        "between £5,000 and £10,000",
        (5000, 10000),
        "GBP",
        R,
    ),
    ("Prices range from $5 to $10 a bag.", "from $5 to $10", (5, 10), "USD", R),
    ("Petrol rose to 150p a litre last month.", "150p a litre", 150, "penny per litre", "exact"),
    ("He was paid a salary of $90,000 a year.", "$90,000 a year", 90000, "USD per year", "exact"),
    ("Oil traded at $80 a barrel on Monday.", "$80 a barrel", 80, "USD per barrel", "exact"),
    (
        "The rent is €1,200 per month in the centre.",
        "€1,200 per month",
        1200,
        "EUR per month",
        "exact",
    ),
    ("The startup raised $750k from investors.", "$750k", 750000, "USD", "exact"),
    ("The government borrowed £30bn in May.", "£30bn", 30e9, "GBP", "exact"),
    ("The stadium cost 1.1 billion euros.", "1.1 billion euros", 1.1e9, "EUR", "exact"),
    ("The bank fined him 200,000 Swiss francs.", "200,000 Swiss francs", 200000, "CHF", "exact"),
    # percentages and points
    ("Unemployment fell 12 percent in the region.", "12 percent", 12, "percent", "exact"),
    ("Inflation was 3.2 per cent in June.", "3.2 per cent", 3.2, "percent", "exact"),
    ("Fares will rise by up to 40% next year.", "up to 40%", 40, "percent", "upper"),
    ("Turnout was almost 70% in the capital.", "almost 70%", 70, "percent", "upper"),
    (
        "The party gained 3.5 percentage points.",
        "3.5 percentage points",
        3.5,
        "percentage point",
        "exact",
    ),
    ("The bank raised rates by 25 basis points.", "25 basis points", 25, "basis point", "exact"),
    ("Support stands at about 45 percent.", "about 45 percent", 45, "percent", "approx"),
    (
        "Between 20 and 30 percent of staff left.",
        "Between 20 and 30 percent",
        (20, 30),
        "percent",
        R,
    ),
    ("The index slipped 20-30% from its peak.", "20-30%", (20, 30), "percent", R),
    ("The FTSE 100 fell 87 points on Friday.", "87 points", 87, "point", "exact"),
    ("Sales rose 7pc in the spring.", "7pc", 7, "percent", "exact"),
    ("Prices were up 5% on the year.", "5%", 5, "percent", "exact"),
    ("More than 60% of voters backed the plan.", "More than 60%", 60, "percent", "lower"),
    # lengths and heights
    # a length in feet and inches is two numbers, one record each (CLAIM-SPEC)
    ("The striker stands 6 ft 2 in tall.", "6 ft", 6, "foot", "exact"),
    ("The striker stands 6 ft 2 in tall.", "2 in", 2, "inch", "exact"),
    ("The forward is 6'2\" and quick.", "6'", 6, "foot", "exact"),
    ("The forward is 6'2\" and quick.", '2"', 2, "inch", "exact"),
    ("She is 5 feet 11 inches tall.", "5 feet", 5, "foot", "exact"),
    ("She is 5 feet 11 inches tall.", "11 inches", 11, "inch", "exact"),
    ("The race covers 10 km of hills.", "10 km", 10, "kilometre", "exact"),
    ("He ran 3.2 miles before breakfast.", "3.2 miles", 3.2, "mile", "exact"),
    ("The tower is 200 metres high.", "200 metres", 200, "metre", "exact"),
    ("The crack was 5cm wide.", "5cm", 5, "centimetre", "exact"),
    ("The plane climbed to 30,000 feet.", "30,000 feet", 30000, "foot", "exact"),
    ("He kicked the ball 60 yards.", "60 yards", 60, "yard", "exact"),
    ("The fish was 12 inches long.", "12 inches", 12, "inch", "exact"),
    (
        "The boat was 7 nautical miles off the coast.",
        "7 nautical miles",
        7,
        "nautical mile",
        "exact",
    ),
    ("Snow up to 30 cm fell in the hills.", "up to 30 cm", 30, "centimetre", "upper"),
    ("The tunnel is 57 kilometres long.", "57 kilometres", 57, "kilometre", "exact"),
    ("The wall is 2.5 meters high.", "2.5 meters", 2.5, "metre", "exact"),
    ("The cell is 10 micrometres across.", "10 micrometres", 10, "micrometre", "exact"),
    ("The queue stretched for more than 2 km.", "more than 2 km", 2, "kilometre", "lower"),
    ("Flooding spread 3-5 km inland.", "3-5 km", (3, 5), "kilometre", R),
    # areas
    ("The studio is only 2.5 sq ft bigger.", "2.5 sq ft", 2.5, "square foot", "exact"),
    ("The flat measures 1,200 m² in total.", "1,200 m²", 1200, "square metre", "exact"),
    (
        "The fire burned 500 square miles of forest.",
        "500 square miles",
        500,
        "square mile",
        "exact",
    ),
    ("The farm covers 3,000 hectares.", "3,000 hectares", 3000, "hectare", "exact"),
    ("They bought 40 acres of land.", "40 acres", 40, "acre", "exact"),
    ("The reserve covers 10 km² of marsh.", "10 km²", 10, "square kilometre", "exact"),
    ("The zone spans 2,000 sq km.", "2,000 sq km", 2000, "square kilometre", "exact"),
    (
        "The office has 45,000 square feet of space.",
        "45,000 square feet",
        45000,
        "square foot",
        "exact",
    ),
    # volumes
    ("Each bottle holds 2 litres.", "2 litres", 2, "litre", "exact"),
    ("Drink 500ml of water a day.", "500ml", 500, "millilitre", "exact"),
    (
        "The field pumps 1 million barrels a day.",
        "1 million barrels a day",
        1e6,
        "barrel per day",
        "exact",
    ),
    ("The tank holds 5 gallons.", "5 gallons", 5, "gallon", "exact"),
    ("Crews removed 3 cubic metres of mud.", "3 cubic metres", 3, "cubic metre", "exact"),
    ("The reservoir holds 40 billion litres.", "40 billion litres", 40e9, "litre", "exact"),
    # masses; "stone" in British copy (its plural is "stone")
    ("He lost 3 stone in a year.", "3 stone", 3, "stone", "exact"),
    ("A 20-stone man was arrested.", "20-stone", 20, "stone", "exact"),
    ("The gate has two stone lions.", "two", 2, None, "exact"),  # made of stone
    ("The boxer weighs 70 kg before the fight.", "70 kg", 70, "kilogram", "exact"),
    ("The truck carried 5 tonnes of grain.", "5 tonnes", 5, "tonne", "exact"),
    ("The baby weighed 7 lbs at birth.", "7 lbs", 7, "pound-mass", "exact"),
    ("Add 12 ounces of flour.", "12 ounces", 12, "ounce", "exact"),
    ("The statue weighs 3.5 tons.", "3.5 tons", 3.5, "ton", "exact"),
    ("Eat 200 grams of fruit a day.", "200 grams", 200, "gram", "exact"),
    ("Police seized 2kg of cocaine.", "2kg", 2, "kilogram", "exact"),
    ("Each tablet has 5 mg of the drug.", "5 mg", 5, "milligram", "exact"),
    ("Parcels must be between 3 and 5 kg.", "between 3 and 5 kg", (3, 5), "kilogram", R),
    ("The plant emits 2 million tonnes of CO2 a year.", "2 million tonnes", 2e6, "tonne", "exact"),
    # energy and power
    ("The fridge uses 3 kWh a day.", "3 kWh a day", 3, "kilowatt hour per day", "exact"),
    ("The wind farm produces 500 MW of power.", "500 MW", 500, "megawatt", "exact"),
    ("The reactor delivers 1.2 GW.", "1.2 GW", 1.2, "gigawatt", "exact"),
    ("The charger is rated at 100 kW.", "100 kW", 100, "kilowatt", "exact"),
    ("A slice has 300 calories.", "300 calories", 300, "calorie", "exact"),
    ("The country used 5 TWh last year.", "5 TWh", 5, "terawatt hour", "exact"),
    ("The engine makes 400 hp.", "400 hp", 400, "horsepower", "exact"),
    ("The grid lost 2,000 megawatts overnight.", "2,000 megawatts", 2000, "megawatt", "exact"),
    ("The router runs at 2.4 GHz.", "2.4 GHz", 2.4, "gigahertz", "exact"),
    ("Homes get 230 volts from the mains.", "230 volts", 230, "volt", "exact"),
    # temperatures
    ("It was -5°C in the city at dawn.", "-5°C", -5, "degree Celsius", "exact"),
    ("Temperatures hit 40°F overnight.", "40°F", 40, "degree fahrenheit", "exact"),
    (
        "It fell to minus 5 degrees Celsius.",
        "minus 5 degrees Celsius",
        -5,
        "degree Celsius",
        "exact",
    ),
    ("Highs of 20C are expected.", "20C", 20, "degree Celsius", "exact"),
    (
        "It will be 35 degrees Celsius on Friday.",
        "35 degrees Celsius",
        35,
        "degree Celsius",
        "exact",
    ),
    (
        "The mercury hit 104 degrees Fahrenheit.",
        "104 degrees Fahrenheit",
        104,
        "degree fahrenheit",
        "exact",
    ),
    ("Lows of -12 °C are forecast.", "-12 °C", -12, "degree Celsius", "exact"),
    ("Lows of -40C are forecast.", "-40C", -40, "degree Celsius", "exact"),
    # an adverb after a number with its unit glued on is none of the amount
    ("It fell to minus 40C overnight.", "minus 40C", -40, "degree Celsius", "exact"),
    (
        "Lows hit minus 40 degrees Fahrenheit.",
        "minus 40 degrees Fahrenheit",
        -40,
        "degree fahrenheit",
        "exact",
    ),
    (
        "Lows of minus forty degrees Celsius.",
        "minus forty degrees Celsius",
        -40,
        "degree Celsius",
        "exact",
    ),
    # a sign word: "minus" or "negative" before a measure; "plus or minus" is a margin,
    # its words in the span (CLAIM-SPEC: cue words inside quantity.text)
    ("Growth was minus 3.5 percent in 2020.", "minus 3.5 percent", -3.5, "percent", "exact"),
    ("Growth was negative 3.5 percent in 2020.", "negative 3.5 percent", -3.5, "percent", "exact"),
    (
        "The margin of error is plus or minus 3 percentage points.",
        "plus or minus 3 percentage points",
        3,
        "percentage point",
        "exact",
    ),
    # data
    ("The phone has 128GB of storage.", "128GB", 128, "gigabyte", "exact"),
    ("The drive holds 1 TB of files.", "1 TB", 1, "terabyte", "exact"),
    ("Broadband speeds of 100 Mbps are common.", "100 Mbps", 100, "megabit per second", "exact"),
    ("The file is 20 megabytes.", "20 megabytes", 20, "megabyte", "exact"),
    # rates with per
    ("The car does 50 miles per gallon.", "50 miles per gallon", 50, "mile per gallon", "exact"),
    ("The plant uses 3 kWh per day.", "3 kWh per day", 3, "kilowatt hour per day", "exact"),
    (
        "Pollution hit 80 micrograms per cubic metre.",
        "80 micrograms per cubic metre",
        80,
        "microgram per cubic metre",
        "exact",
    ),
    ("The doctor sees 30 patients per day.", "30", 30, None, "exact"),
    ("The vaccine costs $20 per dose.", "$20 per dose", 20, "USD per dose", "exact"),
    # scale m / metre ambiguity, abbreviations of time units
    ("The wall is 1.5m high in places.", "1.5m", 1.5, "metre", "exact"),
    ("The club has 1.5m fans worldwide.", "1.5m", 1.5e6, None, "exact"),
    ("The match lasted 95 mins in all.", "95 mins", 95, "minute", "exact"),
    ("The drive takes 2 hrs each way.", "2 hrs", 2, "hour", "exact"),
    ("He spent 3 yrs at the club.", "3 yrs", 3, "year", "exact"),
    ("The clip runs 45 secs.", "45 secs", 45, "second", "exact"),
    # hyphenated unit adjectives
    ("A 6-foot wall surrounds the yard.", "6-foot", 6, "foot", "exact"),
    ("She won the 100-metre sprint.", "100-metre", 100, "metre", "exact"),
    ("They signed a 3-year deal.", "3-year", 3, "year", "exact"),
    ("It has a 2.5-litre engine.", "2.5-litre", 2.5, "litre", "exact"),
    ("He finished a 10-mile run.", "10-mile", 10, "mile", "exact"),
    ("A 5-kilogram bag of rice costs more.", "5-kilogram", 5, "kilogram", "exact"),
    ("They won a $2bn contract.", "$2bn", 2e9, "USD", "exact"),
    ("She took a £50,000-a-year job.", "£50,000-a-year", 50000, "GBP per year", "exact"),
    ("Workers want a $15-an-hour wage.", "$15-an-hour", 15, "USD per hour", "exact"),
    ("A 40ft container fell off the ship.", "40ft", 40, "foot", "exact"),
    ("Rain fell for 5-6 hours.", "5-6 hours", (5, 6), "hour", R),
    # glued short units and heights
    ("The goalkeeper is 6ft 4in tall.", "6ft", 6, "foot", "exact"),
    ("The goalkeeper is 6ft 4in tall.", "4in", 4, "inch", "exact"),
    ("The wave was 5ft high.", "5ft", 5, "foot", "exact"),
    ("The plane flew at 10,000ft.", "10,000ft", 10000, "foot", "exact"),
    ("The guard is 5'11\" and fit.", "5'", 5, "foot", "exact"),
    ("The guard is 5'11\" and fit.", '11"', 11, "inch", "exact"),
    # slashes
    ("Cleaners are paid £4.50/hour in the scheme.", "£4.50/hour", 4.5, "GBP per hour", "exact"),
    ("Drivers earn $15/hr on average.", "$15/hr", 15, "USD per hour", "exact"),
    ("Beef costs $3.99/lb at the store.", "$3.99/lb", 3.99, "USD per pound-mass", "exact"),
    ("Diesel costs €1.50/litre there.", "€1.50/litre", 1.5, "EUR per litre", "exact"),
    ("Levels reached 50 mg/L in the river.", "50 mg/L", 50, "milligram per litre", "exact"),
    # currencies
    ("The mine cost US$1.2 billion.", "US$1.2 billion", 1.2e9, "USD", "exact"),
    ("Tickets cost A$500 each.", "A$500", 500, "AUD", "exact"),
    ("Fees are NZ$20 a year.", "NZ$20 a year", 20, "NZD per year", "exact"),
    ("The deal was worth HK$5m.", "HK$5m", 5e6, "HKD", "exact"),
    ("The scheme costs ₹500 crore.", "₹500 crore", 5e9, "INR", "exact"),
    ("He was fined Rs 5 lakh.", "Rs 5 lakh", 5e5, "INR", "exact"),
    ("The bonds raised USD 5 million.", "USD 5 million", 5e6, "USD", "exact"),
    ("The fund bought EUR 2bn of bonds.", "EUR 2bn", 2e9, "EUR", "exact"),
    ("A coffee costs €3.50 in Paris.", "€3.50", 3.5, "EUR", "exact"),
    ("The loan was 40 million yuan.", "40 million yuan", 40e6, "CNY", "exact"),
    ("The fine was 10,000 rupees.", "10,000 rupees", 10000, "INR", "exact"),
    ("The contract is worth 3bn rand.", "3bn rand", 3e9, "ZAR", "exact"),
    ("Shares rose 15 cents to $4.20.", "15 cents", 15, "cent", "exact"),
    ("He earns £32k a year.", "£32k a year", 32000, "GBP per year", "exact"),
    # other units
    ("Noise levels hit 100 dB at the gig.", "100 dB", 100, "decibel", "exact"),
    ("The engine revs to 7,000 rpm.", "7,000 rpm", 7000, "revolutions per minute", "exact"),
    ("The new phone has a 5,000 mAh battery.", "5,000 mAh", 5000, "milliampere-hour", "exact"),
    ("The bulb uses 60 W of power.", "60 W", 60, "watt", "exact"),
    ("The circuit carries 13 amps.", "13 amps", 13, "ampere", "exact"),
    ("The car returns 55 mpg on the motorway.", "55 mpg", 55, "mile per gallon", "exact"),
    ("The drive takes 1.5 hours.", "1.5 hours", 1.5, "hour", "exact"),
    ("The road is 1.5 kilometers long.", "1.5 kilometers", 1.5, "kilometre", "exact"),
    ("The hole is 0.5 mm wide.", "0.5 mm", 0.5, "millimetre", "exact"),
    ("The store covers 1.2 million sq ft.", "1.2 million sq ft", 1.2e6, "square foot", "exact"),
    ("The plot is 1200m2 in size.", "1200m2", 1200, "square metre", "exact"),
    ("The estate covers 5 ha.", "5 ha", 5, "hectare", "exact"),
    ("The island is 3 sq mi in area.", "3 sq mi", 3, "square mile", "exact"),
    ("The car weighs 1,500kg empty.", "1,500kg", 1500, "kilogram", "exact"),
    ("Drink 8 fl oz of water.", "8 fl oz", 8, "fluid ounce", "exact"),
    ("It is 7.5 pct higher.", "7.5 pct", 7.5, "percent", "exact"),
    ("Temperatures of −5 °C are forecast.", "−5 °C", -5, "degree Celsius", "exact"),
    ("It was 28 °C in the shade.", "28 °C", 28, "degree Celsius", "exact"),
    ("The heatwave brought 38.5C in London.", "38.5C", 38.5, "degree Celsius", "exact"),
    ("Rainfall of 150 millimetres was recorded.", "150 millimetres", 150, "millimetre", "exact"),
    ("Snowfall reached 2 feet in places.", "2 feet", 2, "foot", "exact"),
    ("A 7.8 magnitude earthquake struck.", "7.8", 7.8, None, "exact"),
    # a second set, one row per class again, written after the rules it tests
    ("Wind speeds topped 150 km/h on the coast.", "150 km/h", 150, "kilometre per hour", "exact"),
    (
        "The cyclist averaged 42.5 kph over the stage.",
        "42.5 kph",
        42.5,
        "kilometre per hour",
        "exact",
    ),
    ("Lorries are limited to 56 mph in Britain.", "56 mph", 56, "mile per hour", "exact"),
    ("The yacht reached 45 knots in the gusts.", "45 knots", 45, "knot", "exact"),
    ("The merger is worth $6.8bn in cash.", "$6.8bn", 6.8e9, "USD", "exact"),
    ("The minimum wage rises to £10.42 an hour.", "£10.42 an hour", 10.42, "GBP per hour", "exact"),
    ("The airport cost €4.4bn to complete.", "€4.4bn", 4.4e9, "EUR", "exact"),
    ("Each share paid a dividend of 35 cents.", "35 cents", 35, "cent", "exact"),
    ("The painting fetched £2.3m at auction.", "£2.3m", 2.3e6, "GBP", "exact"),
    (
        "The city spends roughly $900 per pupil.",
        "roughly $900 per pupil",
        900,
        "USD per pupil",
        "approx",
    ),
    ("The price is below $20 a share.", "below $20 a share", 20, "USD per share", "upper"),
    ("Spending will top $1 trillion next year.", "$1 trillion", 1e12, "USD", "exact"),
    ("Approval slipped to 38 percent in March.", "38 percent", 38, "percent", "exact"),
    ("Youth unemployment is 14.2 per cent.", "14.2 per cent", 14.2, "percent", "exact"),
    ("The tax covers up to 15% of profits.", "up to 15%", 15, "percent", "upper"),
    ("Yields rose 12 basis points on Monday.", "12 basis points", 12, "basis point", "exact"),
    ("The Dow fell 350 points at the open.", "350 points", 350, "point", "exact"),
    ("Support for the bill is nearly 60 per cent.", "nearly 60 per cent", 60, "percent", "upper"),
    ("The centre is 7 ft 1 in tall.", "1 in", 1, "inch", "exact"),
    ("The winger is 5 feet 8 inches.", "5 feet", 5, "foot", "exact"),
    ("The 6-foot-5 forward scored twice.", "6-foot", 6, "foot", "exact"),
    ("The 6-foot-5 forward scored twice.", "5", 5, "inch", "exact"),
    ("The bridge spans 1.2 km of water.", "1.2 km", 1.2, "kilometre", "exact"),
    ("The wall stood 4 metres high.", "4 metres", 4, "metre", "exact"),
    ("Hail stones 3cm across fell.", "3cm", 3, "centimetre", "exact"),
    ("The summit is 8,849 metres above sea level.", "8,849 metres", 8849, "metre", "exact"),
    ("The pipeline runs 1,200 miles to the port.", "1,200 miles", 1200, "mile", "exact"),
    ("The house has 2,400 sq ft of space.", "2,400 sq ft", 2400, "square foot", "exact"),
    ("Flames destroyed 12,000 hectares of forest.", "12,000 hectares", 12000, "hectare", "exact"),
    ("The park covers 350 acres.", "350 acres", 350, "acre", "exact"),
    ("The new wing adds 800 m² of floor.", "800 m²", 800, "square metre", "exact"),
    (
        "The lake covers 68 square kilometres.",
        "68 square kilometres",
        68,
        "square kilometre",
        "exact",
    ),
    ("A pint is 568 ml.", "568 ml", 568, "millilitre", "exact"),
    ("The pool holds 2.5 million litres.", "2.5 million litres", 2.5e6, "litre", "exact"),
    ("Farmers used 12 billion gallons of water.", "12 billion gallons", 12e9, "gallon", "exact"),
    ("The whale weighed 40 tonnes.", "40 tonnes", 40, "tonne", "exact"),
    ("The parcel weighs 750g.", "750g", 750, "gram", "exact"),
    ("He lost 20 pounds in weight before the bout.", "20 pounds", 20, "pound-mass", "exact"),
    ("Customs seized 300 kilograms of heroin.", "300 kilograms", 300, "kilogram", "exact"),
    ("The home battery stores 13.5 kWh.", "13.5 kWh", 13.5, "kilowatt hour", "exact"),
    ("The solar park will generate 350MW.", "350MW", 350, "megawatt", "exact"),
    ("The car has a 150 kW motor.", "150 kW", 150, "kilowatt", "exact"),
    ("The nation used 300 TWh of power.", "300 TWh", 300, "terawatt hour", "exact"),
    ("Temperatures plunged to -20°C overnight.", "-20°C", -20, "degree Celsius", "exact"),
    ("It was a balmy 75°F in the afternoon.", "75°F", 75, "degree fahrenheit", "exact"),
    (
        "The mercury rose to 41 degrees Celsius.",
        "41 degrees Celsius",
        41,
        "degree Celsius",
        "exact",
    ),
    ("Forecasters expect 28C at the weekend.", "28C", 28, "degree Celsius", "exact"),
    ("The site is a quarter of a mile away.", "a quarter of a mile", 0.25, "mile", "exact"),
    ("Prices have shot up to $4 a gallon.", "$4 a gallon", 4, "USD per gallon", "exact"),
    ("The rate went up to 5.25% in July.", "5.25%", 5.25, "percent", "exact"),
    ("The bank's rate has moved up to 4%.", "4%", 4, "percent", "exact"),
    ("Customers can borrow up to £25,000.", "up to £25,000", 25000, "GBP", "upper"),
    ("The stake is worth north of £500m.", "north of £500m", 5e8, "GBP", "lower"),
    ("The valuation is just shy of $3bn.", "just shy of $3bn", 3e9, "USD", "upper"),
    ("Inflation was well below 2% last year.", "well below 2%", 2, "percent", "upper"),
    ("Growth of >3% is forecast.", ">3%", 3, "percent", "lower"),
    ("Turnout was a little under 60 percent.", "a little under 60 percent", 60, "percent", "upper"),
    ("The walk is 4-6 km long.", "4-6 km", (4, 6), "kilometre", R),
    ("Tickets cost between £40 and £60.", "between £40 and £60", (40, 60), "GBP", R),
    ("Bags weigh from 2 to 4 kg.", "from 2 to 4 kg", (2, 4), "kilogram", R),
    ("Daytime highs of 25-30C are likely.", "25-30C", (25, 30), "degree Celsius", R),
    ("The phone has 256GB of memory.", "256GB", 256, "gigabyte", "exact"),
    ("Fibre gives 1 Gbps speeds.", "1 Gbps", 1, "gigabit per second", "exact"),
    ("Nurses earn $40/hr on nights.", "$40/hr", 40, "USD per hour", "exact"),
    ("Chicken costs $2.49/lb this week.", "$2.49/lb", 2.49, "USD per pound-mass", "exact"),
    ("Nitrate levels hit 60 mg/l in the well.", "60 mg/l", 60, "milligram per litre", "exact"),
    ("The trail is ¾ mile long.", "¾ mile", 0.75, "mile", "exact"),
    ("He signed a $30,000-a-year deal.", "$30,000-a-year", 30000, "USD per year", "exact"),
    ("They offered a £12-an-hour rate.", "£12-an-hour", 12, "GBP per hour", "exact"),
]


def read_table(nlp, resources, rows):
    """Every row's sentence read once: sentence -> [(text, value, low, high, unit, bound,
    start, end)] of the quantities found in it."""
    found = {}
    for doc in nlp.pipe(sorted({getattr(row, "values", row)[0] for row in rows})):
        found[doc.text] = [
            (doc.text[q.start_char : q.end_char], q.value, q.low, q.high, q.unit, q.bound)
            + (q.start_char, q.end_char)
            for q in find_quantities(doc, resources=resources)
        ]
    return found


def check_row(found, text, quantity, value, unit, bound):
    """The quantity over quantity's place in text has its text, value (or ends),
    unit and bound."""
    start = text.index(quantity)
    over = [q for q in found[text] if q[6] < start + len(quantity) and start < q[7]]
    assert over, found[text]
    low, high = value if isinstance(value, tuple) else (None, None)
    value = None if isinstance(value, tuple) else value
    got_text, got_value, got_low, got_high, got_unit, got_bound = over[0][:6]
    assert (got_text, got_unit, got_bound) == (quantity, unit, bound), over[0]
    for got, want in ((got_value, value), (got_low, low), (got_high, high)):
        assert (got is None and want is None) or got == pytest.approx(want, rel=0.005), over[0]


@pytest.fixture(scope="module")
def measures(nlp, resources):
    return read_table(nlp, resources, MEASURES)


@pytest.mark.parametrize(
    ("text", "quantity", "value", "unit", "bound"), MEASURES, ids=[row[0] for row in MEASURES]
)
def test_measure_is_read(measures, text, quantity, value, unit, bound):
    check_row(measures, text, quantity, value, unit, bound)
