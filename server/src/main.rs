use std::process::ExitCode;

use clap::Parser;
use server::{
    cli::{self, Cli, Command},
    config::{redact_url, Config},
    startup::{shutdown_signal, Application},
    telemetry,
};

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    let config = match Config::from_env() {
        Ok(config) => config,
        Err(err) => {
            eprintln!("neste-steg: {err}");
            return ExitCode::from(2);
        }
    };
    telemetry::init(&config.log_format);
    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve(config).await,
        Command::County(command) => manage(config, cli::Manage::County(command)).await,
        Command::Department(command) => manage(config, cli::Manage::Department(command)).await,
        Command::Staff(command) => manage(config, cli::Manage::Staff(command)).await,
        Command::Backup { to } => backup(config, &to).await,
    }
}

async fn backup(config: Config, to: &std::path::Path) -> ExitCode {
    if config.backend() == domain::db::Backend::Postgres {
        eprintln!("neste-steg: the database is PostgreSQL; back it up with pg_dump (docs: README, Operations)");
        return ExitCode::FAILURE;
    }
    let db = match open(&config).await {
        Ok(db) => db,
        Err(code) => return code,
    };
    let result = db.backup_to(to).await;
    db.close().await;
    match result {
        Ok(()) => {
            println!("backed up to {}", to.display());
            ExitCode::SUCCESS
        }
        Err(domain::DomainError::Invalid {
            reason: "exists", ..
        }) => {
            eprintln!(
                "neste-steg: {} exists already; name a new file",
                to.display()
            );
            ExitCode::FAILURE
        }
        Err(err) => {
            eprintln!("neste-steg: backup failed: {err}");
            ExitCode::FAILURE
        }
    }
}

async fn serve(config: Config) -> ExitCode {
    let application = match Application::build(config).await {
        Ok(app) => app,
        Err(err) => {
            tracing::error!("{err}");
            eprintln!("neste-steg: {err}");
            return ExitCode::FAILURE;
        }
    };
    match application.run_until(shutdown_signal()).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("neste-steg: {err}");
            ExitCode::FAILURE
        }
    }
}

/// Opens (and migrates) the database for a command other than serving.
async fn open(config: &Config) -> Result<domain::Db, ExitCode> {
    domain::Db::connect(&config.database_url)
        .await
        .map_err(|err| {
            eprintln!(
                "neste-steg: could not open {}: {err}",
                redact_url(&config.database_url)
            );
            ExitCode::FAILURE
        })
}

async fn manage(config: Config, command: cli::Manage) -> ExitCode {
    // A first install starts here, before the portal has ever made its data directory.
    if config.backend() == domain::db::Backend::Sqlite {
        let _ = std::fs::create_dir_all(&config.data_dir);
    }
    let db = match open(&config).await {
        Ok(db) => db,
        Err(code) => return code,
    };
    let result = cli::run(&db, &config.county, command).await;
    db.close().await;
    match result {
        Ok(message) => {
            println!("{message}");
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("neste-steg: {err}");
            ExitCode::FAILURE
        }
    }
}
