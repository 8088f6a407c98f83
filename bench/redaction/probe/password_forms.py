"""Passwords in configuration, connection strings, command lines and URLs."""

from __future__ import annotations

import random
from collections.abc import Callable

from .core import Doc, lab
from .passwords import ENTITY, password_value

HOSTS = [
    "db.internal",
    "pg-prod-01",
    "mysql.example.net",
    "sql01.corp.local",
    "localhost",
    "cluster0.ab1cd.mongodb.net",
    "redis-master",
    "rabbitmq.svc.cluster.local",
    "db.acme-shop.de",
]
USERS = ["admin", "app", "sa", "root", "postgres", "svc_reporting", "deploy", "backup", "jenkins", "webuser"]
CS = "CONNECTION_STRING_PASSWORD"


def _pw(rng: random.Random, d: Doc, entity: str, *tags: str) -> str:
    value, shape = password_value(rng, safe=True)
    return d.v(lab(entity, value, *tags, shape))


def connection_string(rng: random.Random, d: Doc) -> str:
    host, user, db = rng.choice(HOSTS), rng.choice(USERS), rng.choice(["shop", "prod", "crm", "billing", "app_db"])
    port = d.la("port", str(rng.choice([5432, 3306, 1433, 27017, 6379, 5672, 1521])))
    forms: list[Callable[[], str]] = [
        lambda: f"postgresql://{user}:{_pw(rng, d, CS, 'url', 'postgres')}@{host}:{port}/{db}",
        lambda: f"postgres://{user}:{_pw(rng, d, CS, 'url', 'postgres')}@{host}/{db}?sslmode=require",
        lambda: f"mysql://{user}:{_pw(rng, d, CS, 'url', 'mysql')}@{host}:{port}/{db}",
        lambda: f"mongodb+srv://{user}:{_pw(rng, d, CS, 'url', 'mongodb')}@{host}/{db}?retryWrites=true&w=majority",
        lambda: f"redis://:{_pw(rng, d, CS, 'url', 'redis')}@{host}:{port}/0",
        lambda: f"amqp://{user}:{_pw(rng, d, CS, 'url', 'amqp')}@{host}:{port}/%2F",
        lambda: (
            f"Server={host},{port};Database={db};User Id={user};Password={_pw(rng, d, CS, 'ado-net')};TrustServe"
            f"rCertificate=True;"
        ),
        lambda: f"Data Source={host};Initial Catalog={db};User ID={user};Pwd={_pw(rng, d, CS, 'ado-net')}",
        lambda: f"jdbc:mysql://{host}:{port}/{db}?user={user}&password={_pw(rng, d, CS, 'jdbc')}&useSSL=false",
        lambda: f"jdbc:postgresql://{host}:{port}/{db}?user={user}&password={_pw(rng, d, CS, 'jdbc')}",
        lambda: f"jdbc:oracle:thin:{user}/{_pw(rng, d, CS, 'jdbc', 'oracle')}@{host}:{port}:ORCL",
        lambda: (
            f"Driver={{ODBC Driver 18 for SQL Server}};Server=tcp:{host},{port};Uid={user};Pwd"
            f"={_pw(rng, d, CS, 'odbc')};Encrypt=yes;"
        ),
        lambda: f"DSN={db};UID={user};PWD={_pw(rng, d, CS, 'odbc')}",
        lambda: f"host={host} port={port} dbname={db} user={user} password={_pw(rng, d, CS, 'libpq-kv')}",
        lambda: (
            "DefaultEndpointsProtocol=https;AccountName="
            + db
            + "store;AccountKey="
            + _azure(rng, d)
            + ";EndpointSuffix=core.windows.net"
        ),
    ]
    return rng.choice(forms)()


def _azure(rng: random.Random, d: Doc) -> str:
    from .core import rand

    return d.v(lab(CS, rand(rng, "b", 86) + "==", "azure-storage"))


def config_line(rng: random.Random, d: Doc) -> str:
    """One password assignment in a config or environment file."""
    key = rng.choice(
        [
            "DB_PASSWORD",
            "POSTGRES_PASSWORD",
            "MYSQL_ROOT_PASSWORD",
            "SMTP_PASS",
            "REDIS_PASSWORD",
            "ADMIN_PASSWORD",
            "LDAP_BIND_PASSWORD",
            "KEYSTORE_PASS",
            "MAIL_PASSWORD",
        ]
    )
    forms: list[Callable[[], str]] = [
        lambda: f"{key}={_pw(rng, d, ENTITY, 'dotenv')}",
        lambda: f"export {key}='{_pw(rng, d, ENTITY, 'env-export')}'",
        lambda: f"password = {_pw(rng, d, ENTITY, 'ini')}",
        lambda: f'  password: "{_pw(rng, d, ENTITY, "yaml")}"',
        lambda: f"    password: {_pw(rng, d, ENTITY, 'yaml')}",
        lambda: f"spring.datasource.password={_pw(rng, d, ENTITY, 'properties')}",
        lambda: f"<password>{_pw(rng, d, ENTITY, 'xml')}</password>",
        lambda: f'<add key="SmtpPassword" value="{_pw(rng, d, ENTITY, "xml-appsettings")}" />',
        lambda: f"$db_password = '{_pw(rng, d, ENTITY, 'php')}';",
        lambda: f"define('DB_PASSWORD', '{_pw(rng, d, ENTITY, 'wp-config')}');",
        lambda: f'"password": "{_pw(rng, d, ENTITY, "json-fragment")}",',
        lambda: f'PASSWORD = os.getenv("{key}", "{_pw(rng, d, ENTITY, "code-default")}")',
        lambda: f"[client]\nuser={rng.choice(USERS)}\npassword={_pw(rng, d, ENTITY, 'my-cnf')}",
        lambda: f"{rng.choice(HOSTS)}:5432:*:{rng.choice(USERS)}:{_pw(rng, d, ENTITY, 'pgpass')}",
    ]
    return rng.choice(forms)()


def command_line(rng: random.Random, d: Doc) -> str:
    """A shell command with a password in it, the way it lands in shell history and CI logs."""
    user, host = rng.choice(USERS), rng.choice(HOSTS)
    forms: list[Callable[[], str]] = [
        lambda: f"mysql -u {user} -p{_pw(rng, d, ENTITY, 'cli', 'mysql')} -h {host} shop",
        lambda: f"mysql --user={user} --password={_pw(rng, d, ENTITY, 'cli', 'mysql')} {host}",
        lambda: f"curl -u {user}:{_pw(rng, d, ENTITY, 'cli', 'curl')} https://{host}/api/health",
        lambda: f"sshpass -p '{_pw(rng, d, ENTITY, 'cli', 'sshpass')}' ssh {user}@{host}",
        lambda: f"PGPASSWORD={_pw(rng, d, ENTITY, 'cli', 'pgpassword')} psql -h {host} -U {user} -d prod",
        lambda: f"docker login -u {user} -p {_pw(rng, d, ENTITY, 'cli', 'docker')} registry.example.com",
        lambda: f"redis-cli -h {host} -a {_pw(rng, d, ENTITY, 'cli', 'redis')} PING",
        lambda: f"htpasswd -b -c /etc/nginx/.htpasswd {user} {_pw(rng, d, ENTITY, 'cli', 'htpasswd')}",
        lambda: f"net user {user} {_pw(rng, d, ENTITY, 'cli', 'windows')} /add",
        lambda: (
            f"kubectl create secret generic db-creds --from-literal=password={_pw(rng, d, ENTITY, 'cli', 'kubectl')}"
        ),
        lambda: f"smbclient //{host}/share -U {user}%{_pw(rng, d, ENTITY, 'cli', 'smbclient')}",
        lambda: f"echo '{_pw(rng, d, ENTITY, 'cli', 'stdin')}' | docker login --username {user} --password-stdin",
        lambda: f'mongosh "mongodb://{user}:{_pw(rng, d, CS, "url", "mongodb")}@{host}:27017/admin"',
        lambda: f"wget --user={user} --password={_pw(rng, d, ENTITY, 'cli', 'wget')} https://{host}/backup.tgz",
    ]
    return rng.choice(forms)()


def auth_url(rng: random.Random, d: Doc) -> str:
    """Basic-auth credentials inside an http(s)/ftp URL."""
    user, host = (
        rng.choice(USERS),
        rng.choice(
            ["files.example.org", "jenkins.acme.io", "nexus.corp.local", "ftp.hosting-provider.de", "git.internal"]
        ),
    )
    scheme = rng.choice(["https", "https", "http", "ftp"])
    path = rng.choice(["/", "/repository/maven-releases/", "/job/deploy/build", "/backups/2024/", "/api/v2/status"])
    return f"{scheme}://{user}:{_pw(rng, d, 'URL_PASSWORD', scheme)}@{host}{path}"
