"""Operations locators: object-store keys (S3, GCS, Azure, HDFS), ARNs (12-digit account ids), container images
with tags and digests, Kubernetes resource names, dotted module paths, git refs and crontab lines."""

from __future__ import annotations

import random

from .core import fill, rand
from .locators import APPS, MODULES, log_file, semver, unix_path, ymd
from .locators_web import REGIONS

BUCKETS = ["acme-prod-logs", "data-lake-raw", "ml-artifacts-eu", "invoices-archive", "cdn-assets-prod", "tf-state"]


def cloud_uri(rng: random.Random) -> str:
    bucket, app, d = rng.choice(BUCKETS), rng.choice(APPS), ymd(rng)
    acct, region, store = fill(rng, "############"), rng.choice(REGIONS), app.replace("-", "")
    part = f"part-{rng.randint(0, 199):05d}-{fill(rng, 'xxxxxxxx-xxxx-4xxx-8xxx-xxxxxxxxxxxx')}.snappy.parquet"
    return rng.choice(
        [
            f"s3://{bucket}/{app}/dt={d}/{part}",
            f"s3://{bucket}/AWSLogs/{acct}/elasticloadbalancing/{region}/{d.replace('-', '/')}/",
            f"s3://{bucket}/exports/{d[:7]}/orders_{d.replace('-', '')}.csv.gz",
            f"gs://{bucket}/models/{app}/v{semver(rng)}/saved_model.pb",
            f"gs://{bucket}/backups/{app}/{d}T0{rng.randint(0, 5)}:00:00Z.sql.gz",
            f"https://{store}sa01.blob.core.windows.net/{rng.choice(['media', 'exports'])}/{d}/report.pdf",
            f"abfss://raw@datalake{rng.randint(1, 9):02d}.dfs.core.windows.net/sales/{d[:4]}/{d[5:7]}/",
            f"hdfs://namenode:8020/user/hive/warehouse/{app.replace('-', '_')}.db/events/dt={d}",
            f"{app}/{d[:4]}/{d[5:7]}/{d[8:]}/{log_file(rng)}",
        ]
    )


def arn(rng: random.Random) -> str:
    acct, region, app = fill(rng, "############"), rng.choice(REGIONS[:5]), rng.choice(APPS)
    role = rng.choice(["GitHubActionsDeploy", "LambdaExecutionRole", "ReadOnlyAuditor", "EKSNodeRole"])
    return rng.choice(
        [
            f"arn:aws:s3:::{rng.choice(BUCKETS)}/{app}/*",
            f"arn:aws:iam::{acct}:role/{role}",
            f"arn:aws:lambda:{region}:{acct}:function:{app}-{rng.choice(['prod', 'staging'])}",
            f"arn:aws:sqs:{region}:{acct}:{app}-events.fifo",
            f"arn:aws:sns:{region}:{acct}:{app}-alerts",
            f"arn:aws:dynamodb:{region}:{acct}:table/{app.title().replace('-', '')}Sessions",
            f"arn:aws:ecs:{region}:{acct}:service/prod-cluster/{app}",
            f"arn:aws:kms:{region}:{acct}:key/{fill(rng, 'xxxxxxxx-xxxx-4xxx-9xxx-xxxxxxxxxxxx')}",
            f"arn:aws:logs:{region}:{acct}:log-group:/aws/lambda/{app}:*",
        ]
    )


def container_image(rng: random.Random) -> str:
    app, v = rng.choice(APPS), semver(rng)
    return rng.choice(
        [
            f"nginx:1.{rng.randint(20, 27)}-alpine",
            f"postgres:{rng.randint(12, 16)}.{rng.randint(1, 6)}",
            f"redis:7.{rng.randint(0, 4)}-bookworm",
            f"python:3.{rng.randint(9, 12)}-slim",
            f"node:{rng.choice([18, 20, 22])}-alpine3.{rng.randint(17, 20)}",
            f"ghcr.io/acme/{app}:sha-{rand(rng, 'x', 7)}",
            f"{fill(rng, '############')}.dkr.ecr.{rng.choice(REGIONS[:4])}.amazonaws.com/{app}:v{v}",
            f"gcr.io/acme-prod/{app}:{v}",
            f"quay.io/prometheus/node-exporter:v1.{rng.randint(5, 8)}.0",
            f"docker.io/bitnami/kafka:3.{rng.randint(4, 7)}",
            f"mcr.microsoft.com/dotnet/aspnet:{rng.choice(['6.0', '8.0'])}",
            f"registry.gitlab.com/acme/platform/{app}:latest",
            f"europe-west1-docker.pkg.dev/acme-prod/apps/{app}@sha256:{rand(rng, 'x', 64)}",
        ]
    )


def k8s_resource(rng: random.Random) -> str:
    app = rng.choice(APPS)
    return rng.choice(
        [
            f"deployment.apps/{app}",
            f"deployment/{app}-api",
            f"statefulset.apps/{app}-db",
            f"svc/{app}",
            f"configmap/{app}-config",
            f"ingress.networking.k8s.io/{app}",
            f"cronjob.batch/{app}-nightly",
            f"hpa/{app}",
            f"pvc/data-{app}-0",
            f"namespace/{app}-prod",
            f"{app}-{rand(rng, 'x', 9)}-{rand(rng, 'a', 5)}",
        ]
    )


def py_module(rng: random.Random) -> str:
    app, mod = rng.choice(APPS).replace("-", "_"), rng.choice(MODULES)
    return rng.choice(
        [
            "django.contrib.auth.middleware.AuthenticationMiddleware",
            "sqlalchemy.orm.session.Session",
            "celery.app.trace",
            "requests.adapters.HTTPAdapter",
            "urllib3.connectionpool",
            f"{app}.services.{mod}",
            f"app.api.v{rng.randint(1, 3)}.endpoints.{mod}",
        ]
    )


def java_module(rng: random.Random) -> str:
    app, mod = rng.choice(APPS).replace("-", ""), rng.choice(MODULES)
    return rng.choice(
        [
            "org.springframework.web.servlet.DispatcherServlet",
            "com.fasterxml.jackson.databind.ObjectMapper",
            "org.hibernate.engine.jdbc.spi.SqlExceptionHelper",
            "com.zaxxer.hikari.pool.HikariPool",
            "org.apache.kafka.clients.consumer.KafkaConsumer",
            "io.netty.channel.DefaultChannelPipeline",
            f"com.acme.{app}.{mod.title()}Service",
            f"de.example.{app}.web.{mod.title()}Controller",
        ]
    )


def module_path(rng: random.Random) -> str:
    return rng.choice(
        [py_module, java_module, lambda _r: "Microsoft.AspNetCore.Mvc.Infrastructure.ControllerActionInvoker"]
    )(rng)


def branch(rng: random.Random) -> str:
    key = rng.choice(["JIRA", "PAY", "CHK", "OPS", "WEB", "DATA", "ABC"])
    fix = rng.choice(["fix-login", "rounding-error", "add-sepa-mandate", "retry-webhooks", "dark-mode", "i18n-pt-br"])
    return rng.choice(
        [
            f"feature/{key}-{rng.randint(100, 9999)}-{fix}",
            f"bugfix/{key}-{rng.randint(100, 9999)}-{fix}",
            f"feat/{fix}",
            f"hotfix/{ymd(rng)[:7]}-cert-renewal",
            f"release/{rng.randint(2022, 2025)}.{rng.randint(1, 12):02d}",
            f"release/v{semver(rng)}",
            f"renovate/{rng.choice(['pandas', 'django', 'react', 'node'])}-{rng.randint(1, 22)}.x",
            f"dependabot/npm_and_yarn/axios-1.{rng.randint(4, 7)}.{rng.randint(0, 9)}",
        ]
    )


def git_ref(rng: random.Random) -> str:
    """A branch, or a ref as git prints it."""
    ref = branch(rng)
    return rng.choice([ref, ref, f"refs/heads/{ref}", f"origin/{ref}", f"refs/tags/v{semver(rng)}", "origin/develop"])


def cron_line(rng: random.Random) -> str:
    h, m, app = rng.randint(0, 5), rng.choice([0, 15, 30, 45]), rng.choice(APPS)
    ping = fill(rng, "xxxxxxxx-xxxx-4xxx-axxx-xxxxxxxxxxxx")
    return rng.choice(
        [
            f"{m} {h} * * * /usr/local/bin/backup.sh >> /var/log/backup.log 2>&1",
            f"*/5 * * * * curl -fsS -m 10 --retry 5 https://hc-ping.com/{ping}",
            f"{m} {h} * * 1-5 cd /srv/{app} && ./bin/rake reports:daily RAILS_ENV=production",
            f"@reboot /opt/{app}/bin/start.sh",
            f"{m} {h} 1 * * /usr/bin/python3 /opt/etl/monthly_close.py --month=prev",
            f"0 */6 * * * find {unix_path(rng).rsplit('/', 1)[0]} -mtime +14 -delete",
            f"{m} {h} * * 0 certbot renew --quiet --deploy-hook 'systemctl reload nginx'",
        ]
    )
