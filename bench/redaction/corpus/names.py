"""Hand-written person names from many origins, deliberately not drawn from Faker's lists.

A redactor tuned on Faker's name lists would look perfect on a Faker-only corpus; these names (written
for this benchmark, combinations chosen at random, not real people) keep the PERSON figure honest.
Each entry is (given names, family name, origin); mononyms have an empty family name.
"""

from __future__ import annotations

HANDWRITTEN_NAMES: tuple[tuple[str, str, str], ...] = (
    # West African
    ("Adebayo", "Okonkwo", "west_african"),
    ("Chiamaka", "Eze", "west_african"),
    ("Kwame", "Mensah", "west_african"),
    ("Abena", "Owusu-Ansah", "west_african"),
    ("Oluwaseun", "Adeyemi", "west_african"),
    ("Ngozi", "Nwachukwu", "west_african"),
    ("Mamadou", "Diallo", "west_african"),
    ("Aminata", "Traoré", "west_african"),
    ("Yaw", "Boateng", "west_african"),
    ("Folasade", "Ogunleye", "west_african"),
    # South Asian
    ("Priya", "Venkataraman", "south_asian"),
    ("Arjun", "Raghunathan", "south_asian"),
    ("Sandeep", "Kulkarni", "south_asian"),
    ("Lakshmi", "Subramaniam", "south_asian"),
    ("Farhan", "Chowdhury", "south_asian"),
    ("Nimali", "Jayasuriya", "south_asian"),
    ("Harpreet", "Dhillon", "south_asian"),
    ("Anjali", "Bhattacharya", "south_asian"),
    # East and South-East Asian
    ("Wei", "Zhang", "east_asian"),
    ("Xiaoling", "Huang", "east_asian"),
    ("Haruto", "Takahashi", "east_asian"),
    ("Yuki", "Nakamura", "east_asian"),
    ("Min-jun", "Park", "east_asian"),
    ("Seo-yeon", "Choi", "east_asian"),
    ("Thi Lan", "Nguyen", "east_asian"),
    ("Quoc Bao", "Tran", "east_asian"),
    ("Somchai", "Wongsakul", "east_asian"),
    # Arabic
    ("Mohammed", "Al-Farsi", "arabic"),
    ("Fatima", "El-Amin", "arabic"),
    ("Youssef", "Benali", "arabic"),
    ("Layla", "Haddad", "arabic"),
    ("Omar", "Abdel-Rahman", "arabic"),
    ("Nour", "Al-Khatib", "arabic"),
    ("Khalid", "bin Saleh", "arabic"),
    # Slavic
    ("Katarzyna", "Wiśniewska", "slavic"),
    ("Dmitri", "Volkov", "slavic"),
    ("Oksana", "Kovalenko", "slavic"),
    ("Miroslav", "Dvořák", "slavic"),
    ("Jelena", "Petrović", "slavic"),
    ("Grzegorz", "Brzęczyszczykiewicz", "slavic"),
    ("Svetlana", "Kuznetsova", "slavic"),
    # Spanish double surnames
    ("María José", "García Márquez", "spanish_double"),
    ("Juan Pablo", "Fernández de la Torre", "spanish_double"),
    ("Lucía", "Ortega Villalobos", "spanish_double"),
    ("Alejandro", "Ruiz-Cabello", "spanish_double"),
    ("Ximena", "Delgado Quiroga", "spanish_double"),
    # Mc / O' prefixes
    ("Siobhan", "O'Sullivan", "celtic_prefix"),
    ("Declan", "McAllister", "celtic_prefix"),
    ("Fiona", "MacLeod", "celtic_prefix"),
    ("Ciarán", "O'Donoghue", "celtic_prefix"),
    ("Morag", "McGillivray", "celtic_prefix"),
    # Others: Turkish, Persian, Greek, Hungarian, Polynesian, Indigenous American, Ethiopian
    ("Emre", "Yıldırım", "other"),
    ("Shirin", "Farahani", "other"),
    ("Eleni", "Papadopoulou", "other"),
    ("Zsófia", "Kovács", "other"),
    ("Tevita", "Fifita", "other"),
    ("Winona", "Redcloud", "other"),
    ("Tsegaye", "Bekele", "other"),
    # Mononyms
    ("Sukarno", "", "mononym"),
    ("Zainab", "", "mononym"),
    ("Ramaswamy", "", "mononym"),
    ("Tenzin", "", "mononym"),
)


def full_name(entry: tuple[str, str, str]) -> str:
    given, family, _ = entry
    return f"{given} {family}".strip()
