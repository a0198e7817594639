"""The bounds of the amounts a person can enter, shared by the answers model, the amount reader
and the CLI, so every input path refuses the same values."""

from decimal import Decimal

MAX_HOURS_PER_MONTH = Decimal(744)  # 31 days x 24 hours: more is impossible, not just unusual
MAX_HOURLY_PRICE = Decimal(100)  # far above any maximum uurprijs; more is a typing error
MAX_INCOME = Decimal(10_000_000)  # a yearly toetsingsinkomen; more is a typing error
MAX_DAYS_PER_WEEK = Decimal(7)
# SMI is for children up to the end of primary school, but an answers file may name an older
# child (who then does not count): up to 18, the age of majority.
MAX_CHILD_AGE = 18
MAX_CHILDREN = 12  # children in one household; more is a typing error

MAXIMUM = {
    "income": MAX_INCOME,
    "price": MAX_HOURLY_PRICE,
    "hours": MAX_HOURS_PER_MONTH,
    "days": MAX_DAYS_PER_WEEK,
}
