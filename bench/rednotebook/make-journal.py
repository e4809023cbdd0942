#!/usr/bin/python3
"""A 20-year RedNotebook journal written by RedNotebook's own storage code (the Debian package's
modules): 240 month files, about 85 % of the days written, 60-400 words a day, a few categories.
    make-journal.py DIR [YEARS=20] [SEED=20261203]"""
import random
import sys

sys.path.insert(0, "/usr/share/rednotebook")
from rednotebook import storage  # noqa: E402
from rednotebook.data import Month  # noqa: E402

WORDS = ("team meeting asked listened delegated explained why review plan hiring feedback quiet member "
         "one-on-one goal trust decision paused before replying thanked celebrated small win checked in "
         "priorities roadmap customer release retro coaching question hope learn grow").split()


def main():
    target = sys.argv[1]
    years = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    rnd = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 20261203)
    months = {}
    first_year = 2026 - years + 1
    for year in range(first_year, 2027):
        for month_number in range(1, 13):
            month = Month(year, month_number)
            for day_number in range(1, 29 + (month_number != 2) * 2):
                if rnd.random() < 0.85:
                    text = " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(60, 400)))
                    content = {"text": text.capitalize() + "."}
                    if rnd.random() < 0.3:
                        content["Mood"] = {str(rnd.randint(1, 5)): None}
                    if rnd.random() < 0.2:
                        content[rnd.choice(["team", "hiring", "1on1"])] = None
                    month.days[day_number] = month.get_day(day_number)
                    month.days[day_number].content = content
            month.edited = True
            months[(year, month_number)] = month
    storage.save_months_to_disk(months, target, saveas=True)
    print(f"{sum(len(m.days) for m in months.values())} days in {len(months)} months")


main()
