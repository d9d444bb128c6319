use std::process::ExitCode;

use server::{
    config::Config,
    startup::{shutdown_signal, Application},
    telemetry,
};

#[tokio::main]
async fn main() -> ExitCode {
    let config = match Config::from_env() {
        Ok(config) => config,
        Err(err) => {
            eprintln!("neste-steg: {err}");
            return ExitCode::from(2);
        }
    };
    telemetry::init(&config.log_format);
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
