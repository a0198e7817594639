"""The chat's fee estimate uses the table the parent names (the basislijn allows the KOT table or
the VNG-adviestabel, B11) and reads "no income" as the lowest row. Expected amounts worked out by
hand from ../shared/reference/vng_peuter_2026.csv and kot_2026.csv, not from the code:

- VNG, income 60,000: parent pays €0.61 an hour; subsidy 9.50 - 0.61 = 8.89;
  40 x 9.50 - 40 x 8.89 = 380.00 - 355.60 = 24.40.
- VNG, income 85,000: parent pays €1.97; subsidy 10.20 - 1.97 = 8.23; 367.20 - 296.28 = 70.92.
- KOT, income 60,000 (row 59,958-61,895: 93.9 %): 380.00 - 356.82 = 23.18.
- KOT, no income (lowest row, 96 %): 60 x 10.00 = 600.00 - 576.00 = 24.00; 50 x 9.00 = 450.00 - 432.00 = 18.00.
"""

from __future__ import annotations

import pytest

from wizard.chat import ask

CASES = [
    ("Onze gemeente gebruikt de VNG-tabel voor peuters. Inkomen 60.000, peuter 40 uur per maand, "
     "9,50 per uur. Wat betaal ik zelf?", "nl", "24,40", "VNG"),
    ("Our council uses the VNG advice table. We earn 85,000, our toddler goes 36 hours a month at "
     "€10.20. What do we pay?", "en", "70.92", "VNG"),
    ("de gemeente rekent met de vng adviestabel ouderbijdrage. wij verdienen 60000 samen, kdv 40 uur "
     "in de maand a 9,50. wat is de eigen bijdrage", "nl", "24,40", "VNG"),
    # without a table named: the KOT table, as before
    ("Inkomen 60.000, peuter 40 uur per maand naar de kdv, 9,50 per uur. Wat betaal ik zelf?", "nl",
     "23,18", "kinderopvangtoeslag"),
    ("We hebben geen inkomen. KDV 60 uur per maand, 10 euro per uur. Hoeveel betaal ik?", "nl",
     "24,00", "kinderopvangtoeslag"),
    ("We have no income at the moment. Daycare 50 hours a month at 9.00 an hour. What is our share?",
     "en", "18.00", "kinderopvangtoeslag"),
]


@pytest.mark.parametrize("text,lang,amount,table", CASES)
def test_the_estimate_uses_the_table_the_parent_names(text: str, lang: str, amount: str,
                                                      table: str) -> None:
    reply = ask(text, lang=lang)
    assert amount in reply.answer
    assert table in reply.answer
