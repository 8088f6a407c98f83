"""The probe: a second labelled *tuning* corpus of world forms for secrets and identifiers.

The main tuning corpus (bench/redaction/corpus) no longer shows its authors much, because the engine leaks
almost nothing on it. The probe plants sensitive values the many ways the world writes them (phone numbers of
40+ countries with trunk prefixes, extensions and glued labels; obfuscated, IDN, plus-addressed and URL-encoded
e-mail addresses; card numbers of every brand with and without a valid checksum after a card cue; SSNs; IPv4
and IPv6 with ports and X-Forwarded-For chains; IBANs of 30+ countries, grouped, compact and lower-case; AWS keys,
vendor API tokens, JWTs, PEM keys and passwords in prose in a dozen languages, in config files, connection
strings, command lines and URLs) in the texts AI traces carry: chat turns, tool-call JSON, logs, env pastes,
YAML, SQL, shell history, stack traces, e-mails, tickets, CSV exports. Harmless look-alikes (timestamps, order
and tracking numbers, versions, SHAs, UUIDs, amounts, ISBNs, ports, status codes...) sit next to them so
over-redaction shows too.

The world's capitalised names and locators are look-alikes too, since redactors often destroy them (world.py
maps {slots} to kinds; world_*.py hold the tables, locators*.py build the locators): product_name (Galaxy Tab S9,
Alexa, Jack Daniel's, Alfa Romeo Giulia), heading_phrase (Return Policy, Preguntas Frecuentes, Impressum), place
(San José, Charlotte, Darwin, John F. Kennedy International Airport, Roma Termini, 東京), organisation (Morgan
Stanley, Johns Hopkins Hospital, Kirkland & Ellis), team_name, job_title, library_name (Pandas, Jenkins, Julia),
eponymous_term (Parkinson's disease, Kalman filter), capitalised_term (Force Majeure, Intensive Care Unit),
medication_name, chemical_name, calendar_word (August, Boxing Day, Pfingstmontag), weather_event (Hurricane
Katrina, Storm Ciarán), creative_work (Anna Karenina, Ted Lasso), and the locators file_path, windows_path,
log_file, url, hostname, cloud_uri, arn, container_image, k8s_resource, module_path, git_ref, cron_line. They are
planted in the chat turns, tickets and signatures above and in texts of their own, 1-3 per trace (product chats,
assistant comparisons, catalogue CSVs, product-search and travel tool JSON, help-centre pages, newsletters, team
wikis, minutes, itineraries, appointment reminders, CI YAML, deploy logs, crontabs, Dockerfiles, kubectl, git log,
aws s3 ls, Terraform plans, Java traces, Windows events). No path names a person's home directory.

It was written from knowledge of those formats, independently of the engine's code: it is a tuning aid for
finding what the engine misses, not an evaluation set (the held-out set lives elsewhere and stays unseen).
Only PII/secret classes are labelled; person names appear in the texts but carry no label there. The exception is
the work texts at the end of about half the traces (kinds_people: work_chat, work_email, work_notes), which label
PERSON: colleagues named by a lone surname or given name, both, or a title and surname ("ask Hale", "Priya signed
off", "per Ms Okafor's note"), with companies, teams, offices and countries in the same slots as look-alikes
(person_slot_org, person_slot_team, person_slot_place: "forward it to Procurement", "Leeds signed off").

    PYTHONPATH=. .venv/bin/python -m bench.redaction.probe --seed 1 --traces 250 --out /tmp/probe1.jsonl --stats
    PYTHONPATH=. .venv/bin/python -m bench.redaction.run --corpus /tmp/probe1.jsonl --skip-baseline --failures 20

Output is one CorpusText dict per line; it is deterministic for a seed. Every record is checked before it is
written: JSON texts must parse, every label value must occur in the text (for JSON, in its decoded strings),
look-alikes that overlap a label or equal a name of the trace's people are dropped.
"""
