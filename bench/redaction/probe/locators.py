"""File-system locators as logs, tracebacks and tickets write them: Unix paths (system, app, release, data and
build paths, often with dates and versions), Windows paths (drive letters, UNC shares, %VARS%) and log file names.
None names a person's home: only system, service and CI accounts (ubuntu, runner, ec2-user, Public)."""

from __future__ import annotations

import random

from .core import fill, rand

APPS = ["checkout", "billing", "search-indexer", "notifications", "ledger", "catalog", "inventory", "auth"]
APPS += ["payments-gateway", "reporting", "etl", "storefront", "mailer", "pricing", "recommender", "transcoder"]
MODULES = ["views", "models", "tasks", "serializers", "handlers", "client", "utils", "settings", "main", "worker"]
SHARES = ["Finance", "HR", "Marketing", "Shared", "Scans", "Projects", "IT", "Legal", "Einkauf", "Compras"]
SHARE_HOSTS = ["fileserver01", "nas-ams-02", "FS-MAD-01", "srv-files", "corp.local\\dfs", "storage01.ad.internal"]


def ymd(rng: random.Random, sep: str = "-") -> str:
    return f"{rng.randint(2019, 2025)}{sep}{rng.randint(1, 12):02d}{sep}{rng.randint(1, 28):02d}"


def semver(rng: random.Random) -> str:
    return f"{rng.randint(0, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 20)}"


def log_file(rng: random.Random) -> str:
    app, d = rng.choice(APPS), ymd(rng)
    return rng.choice(
        [
            f"{app}-{d}.log",
            f"{app}-{d}.log.gz",
            f"access.log.{rng.randint(1, 9)}",
            f"catalina.{d}.log",
            f"gc.log.{rng.randint(0, 4)}.current",
            f"error_{d.replace('-', '')}_{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}.log",
            f"syslog.{rng.randint(2, 7)}.gz",
            f"hs_err_pid{rng.randint(1000, 99999)}.log",
            f"{app}.{d.replace('-', '')}-{rng.randint(1, 9)}.log",
            "npm-debug.log",
            f"laravel-{d}.log",
            f"u_ex{d[2:].replace('-', '')}.log",
        ]
    )


def unix_path(rng: random.Random) -> str:
    app, mod, v, d = rng.choice(APPS), rng.choice(MODULES), semver(rng), ymd(rng)
    py = f"python3.{rng.randint(8, 12)}"
    return rng.choice(
        [
            f"/var/log/{app}/{log_file(rng)}",
            f"/var/log/nginx/{rng.choice(['access', 'error'])}.log",
            f"/etc/nginx/sites-available/{app}.conf",
            f"/etc/systemd/system/{app}.service",
            "/etc/ssl/certs/ca-certificates.crt",
            f"/opt/{app}/releases/{v}/bin/{app}",
            f"/opt/{app}/releases/{d.replace('-', '')}{rng.randint(100000, 235959)}/config/app.yml",
            f"/usr/local/lib/{py}/site-packages/{rng.choice(['django', 'requests', 'celery', 'flask'])}/{mod}.py",
            f"/srv/data/exports/{d[:4]}/{d[5:7]}/orders_{d.replace('-', '')}.csv",
            f"/mnt/backups/postgres/{app}_{d}.dump",
            f"/var/lib/docker/volumes/{app}_data/_data",
            f"/var/lib/postgresql/{rng.randint(12, 16)}/main/pg_wal",
            f"/home/ubuntu/{app}/src/{mod}.py",
            f"/home/runner/work/{app}/{app}/tests/test_{mod}.py",
            f"/home/ec2-user/{app}/.env.example",
            f"/app/src/{app.replace('-', '_')}/{mod}.py",
            f"/data/models/{rng.choice(['bert-base-uncased', 'resnet50', 'whisper-small'])}/v{v}/config.json",
            f"/tmp/pytest-of-runner/pytest-{rng.randint(1, 400)}/test_{mod}0/out.json",
            "~/.kube/config",
            f"~/.config/{rng.choice(['gcloud', 'gh', 'htop', 'nvim'])}/{rng.choice(['config.yml', 'hosts.yml'])}",
            f"./src/components/{rng.choice(['Checkout', 'CartDrawer', 'ProductCard', 'NavBar'])}/index.tsx",
            f"src/main/java/com/acme/{app.replace('-', '')}/{mod.title()}Controller.java",
            f"../fixtures/{app}/{d}/sample_{rng.randint(1, 40):03d}.json",
            "/Applications/Visual Studio Code.app/Contents/MacOS/Electron",
            f"/Library/Logs/DiagnosticReports/{app}_{d}-{rand(rng, 'x', 6)}.ips",
            f"/proc/{rng.randint(300, 65000)}/status",
            f"/dev/nvme0n1p{rng.randint(1, 4)}",
        ]
    )


def windows_path(rng: random.Random) -> str:
    app, d, v = rng.choice(APPS), ymd(rng), semver(rng)
    share, host = rng.choice(SHARES), rng.choice(SHARE_HOSTS)
    q = f"Q{rng.randint(1, 4)}"
    return rng.choice(
        [
            f"C:\\Program Files\\{rng.choice(['Acme', 'Contoso', 'Fabrikam'])}\\{app}\\{app}.exe",
            "C:\\Program Files (x86)\\Microsoft Office\\root\\Office16\\EXCEL.EXE",
            "C:\\Windows\\System32\\drivers\\etc\\hosts",
            f"C:\\ProgramData\\{app}\\logs\\{log_file(rng)}",
            f"C:\\inetpub\\logs\\LogFiles\\W3SVC1\\u_ex{d[2:].replace('-', '')}.log",
            f"C:\\Users\\Public\\Documents\\{app}_export_{d}.xlsx",
            f"D:\\Backups\\{d[:7]}\\{app}_{d.replace('-', '')}.bak",
            f"E:\\Projects\\{app}\\v{v}\\build\\Release",
            f"\\\\{host}\\{share}\\Reports\\{d[:4]}\\{q}\\summary_{d[:4]}{q}.pdf",
            f"\\\\{host}\\{share}\\Templates\\Invoice_{rng.choice(['EN', 'DE', 'ES'])}.docx",
            "%APPDATA%\\Microsoft\\Teams\\logs.txt",
            f"%LOCALAPPDATA%\\Temp\\{app}-{fill(rng, 'xxxxxxxx')}.tmp",
            f"%ProgramFiles%\\{app}\\config\\appsettings.Production.json",
            f"S:\\{share}\\{d[:4]}\\Scans\\SCAN_{d.replace('-', '')}_{rng.randint(1, 999):04d}.pdf",
        ]
    )
