"""The filter that drops PERSON findings on harmless look-alikes.

spaCy labels code identifiers, model names and product names as PERSON. A finding is dropped here
when its text has a shape no person's name has, or is made of tool and product words.
"""

from __future__ import annotations

import regex

from redaction.recognizers._eponyms import EPONYM
from redaction.recognizers._name_words import words

# A PERSON finding with any of these is code, a path, a model name or a placeholder, not a name.
# Name prefixes followed by a capital (McAllister, MacLeod, DeShawn, O'Brien) are not camelCase.
_NAME_PREFIX = regex.compile(r"\b(?:Mc|Mac|Fitz|De|Di|Da|Du|La|Le|Van|Von)(?=\p{Lu})")
_NOT_A_NAME = regex.compile(
    r"[\d_/\\@=<>{}\[\]()#$%^&*|`~;:+]"  # digits and code punctuation
    r"|\p{Ll}\p{Lu}"  # camelCase
    r"|\w\.\w"  # dotted.path
    r"|^\p{Ll}+-\p{Ll}+$"  # kebab-case
)
# Common names of tools, products and models that spaCy mistakes for people.
TECH_TERMS = words(
    """
    python java javascript typescript rust golang kotlin swift ruby perl php scala haskell elixir docker
    kubernetes helm terraform ansible jenkins github gitlab bitbucket jira confluence slack zoom
    postgres postgresql mysql redis kafka mongo mongodb elasticsearch opensearch snowflake databricks
    spark airflow django flask fastapi pydantic numpy pandas pytorch tensorflow keras react vue angular
    svelte linux ubuntu debian windows macos ios android chrome firefox safari excel outlook gmail
    openai anthropic claude gemini llama mistral mixtral gpt chatgpt copilot cohere bard grok qwen
    alexa siri cortana bixby deepseek presidio spacy langchain llamaindex openinference opentelemetry otel grafana
    prometheus datadog sentry stripe shopify salesforce zendesk hubspot twilio aws azure gcp lambda vercel netlify
    heroku cloudflare wi-fi wifi wlan vpn ssid bluetooth ethernet hotspot
    lodash matplotlib webpack axios sidekiq nestjs nextjs nuxt eslint mocha pytest junit gradle npm pnpm conda
    kubectl minikube istio nginx rabbitmq activemq zookeeper cassandra couchdb dynamodb firestore firebase supabase
    sequelize sqlalchemy alembic scikit sklearn scipy seaborn plotly bokeh jupyter vscode intellij pycharm xcode
    neovim tmux zsh dotnet nodejs laravel symfony quarkus micronaut ktor graphql grpc protobuf dask polars duckdb
    clickhouse bigquery redshift kinesis cloudwatch cloudfront pulumi argocd fluxcd tekton circleci travisci
    buildkite teamcity sonarqube snyk dependabot splunk kibana logstash fluentd jaeger zipkin newrelic pagerduty
    opsgenie keycloak vitest tailwind nodemon gunicorn uvicorn pipenv mypy ruff flake8 isort pylint rubocop rustc
    llvm cmake bazel okta asana trello figma airtable servicenow freshdesk dropbox calendly docusign bamboohr
    mailchimp quickbooks netsuite tableau miro workday intercom
    """
)
# Words that end or make up product names ("Contoso Helpdesk Plus", "Pixel Buds Pro", "Claude Haiku"), not people's.
PRODUCT_WORDS = words(
    """
    pro plus ultra lite mini edition suite cloud vault monitor thermostat headphones earbuds buds hub
    studio station console server helpdesk ledger backup sync app platform sdk cli kit drive pad tablet
    watch tv router camera speaker keyboard mouse laptop notebook printer scanner charger dock adapter
    plan tier premium enterprise business starter basic standard professional series model version
    haiku sonnet opus
    """
)
_WORD = regex.compile(r"\p{L}+")


def is_code_like_name(value: str, *, check_shape: bool = True) -> bool:
    """True when a PERSON finding cannot be a person's name.

    ``check_shape=False`` skips the shape rules, for names found after cue words: those are letters
    only by construction, and a lower-case "min-jun" there is a name, not a kebab-case identifier.
    """
    if check_shape and _NOT_A_NAME.search(_NAME_PREFIX.sub("", value)):
        return True
    words = [w.lower() for w in _WORD.findall(value)]
    return not words or all(w in TECH_TERMS for w in words) or any(w in PRODUCT_WORDS for w in words)


# What follows a verb, never an eponym's noun ("Bayes theorem the ..." is no phrase).
_OBJECT_AFTER = regex.compile(r"[ \t]+(?i:the|a|an|this|these|those|it|them|him|her|his|my|our|their|your|me|us)\b")


def names_an_eponym(text: str, end: int, start: int | None = None) -> bool:
    """True when the PERSON span ending at ``end`` is followed by a law, method or disease noun.

    With ``start``, also when such a noun ends the span itself after a possessive or in lower case
    ("Conway's Law", "Pareto principle" taken whole; not "Jude Law"), or is the span ("Conway's [Law]").
    """
    eponym = EPONYM.match(text, end)
    if eponym is not None:
        # "Did Maria sign the contract?", "Ben will test it": the noun is a verb with its object, the name a person's.
        return _OBJECT_AFTER.match(text, eponym.end()) is None
    if start is None:
        return False
    if text[start - 3 : start - 1] in ("'s", "’s") and EPONYM.fullmatch(text, start - 3, end) is not None:
        return True  # NER took the noun alone: "Conway's [Law]"
    for at in range(start + 1, end):
        if text[at] in " \t'’" and EPONYM.fullmatch(text, at, end) is not None:
            noun = text[max(text.rfind(" ", start, end), text.rfind("\t", start, end)) + 1]
            return text[at] in "'’" or noun.islower()
    return False


# Set phrases built on first names: no person is meant ("Lorem Ipsum", "a Dear John letter", "every Tom, Dick
# and Harry", "Plain Jane", "Earl Grey", "Granny Smith").
_IDIOMS = regex.compile(
    r"(?i:lorem[ \t]+ipsum|dear[ \t]+john|plain[ \t]+jane|tom,?[ \t]+dick,?[ \t]+(?:and|&)[ \t]+harry|peeping[ \t]+tom"
    r"|doubting[ \t]+thomas|average[ \t]+joe|uncle[ \t]+sam|jack[ \t]+frost|santa[ \t]+claus|father[ \t]+christmas"
    r"|jolly[ \t]+roger|lazy[ \t]+susan|granny[ \t]+smith|earl[ \t]+grey|eggs[ \t]+benedict"
    r"|peach[ \t]+melba|beef[ \t]+wellington|sloppy[ \t]+joe|smart[ \t]+alec|nosy[ \t]+parker|hail[ \t]+mary"
    r"|bloody[ \t]+mary|good[ \t]+samaritan|saving[ \t]+grace|amazing[ \t]+grace"
    r"|jack[ \t-]+of[ \t-]+all[ \t-]+trades|jack[ \t-]+in[ \t-]+the[ \t-]+box|even[ \t]+steven|debbie[ \t]+downer"
    r"|negative[ \t]+nancy|chatty[ \t]+cathy|nervous[ \t]+nellie|prince[ \t]+charming|sleeping[ \t]+beauty"
    r"|big[ \t]+ben|jack[ \t]+daniel['’]?s|tommy[ \t]+gun|johnny[ \t-]+come[ \t-]+lately|mary[ \t]+poppins)(?!\p{L})"
)
_IDIOM_REACH = 40


def inside_an_idiom(text: str, start: int, end: int) -> bool:
    """True when the span lies inside a set phrase built on first names."""
    window_start = max(0, start - _IDIOM_REACH)
    return any(m.start() <= start and end <= m.end() for m in _IDIOMS.finditer(text, window_start, end + _IDIOM_REACH))
