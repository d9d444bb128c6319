//! The command line: `neste-steg` serves; `neste-steg county|department|staff …` set up a county
//! without the demo data and manage accounts from a shell on the server, for the first
//! administrator and for locked-out staff. No default password exists
//! anywhere: a password is typed (or piped) in, never given as an argument, where it would be
//! visible in the process list and shell history.

use std::io::BufRead;

use clap::{Parser, Subcommand};
use domain::{
    county::{self, NewCounty},
    department::{self, NewDepartment},
    login,
    staff::{self, NewStaff, Role},
    Db,
};

#[derive(Parser, Debug)]
#[command(
    name = "neste-steg",
    about = "Neste steg: OT's self-service portal",
    version
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Serve the portal (the default).
    Serve,
    /// Set up the county this instance serves (`COUNTY` names it) on a first install without
    /// the demo data.
    #[command(subcommand)]
    County(CountyCommand),
    /// Manage the county's offices.
    #[command(subcommand)]
    Department(DepartmentCommand),
    /// Manage staff accounts.
    #[command(subcommand)]
    Staff(StaffCommand),
    /// Copy the SQLite database, consistently, while the portal runs. On PostgreSQL use
    /// `pg_dump`. Restore by stopping the portal and putting the copy in DATA_DIR's place.
    Backup {
        /// The new file to write (it must not exist yet).
        #[arg(long)]
        to: std::path::PathBuf,
    },
}

#[derive(Subcommand, Debug)]
pub enum CountyCommand {
    /// Create the county; then open its offices (`department create`) and make its first
    /// administrator (`staff create`).
    Create {
        /// The county's name, e.g. «Vestfold fylkeskommune».
        #[arg(long)]
        name: String,
        /// The name OT goes by there, e.g. «Oppfølgingstjenesten i Vestfold».
        #[arg(long)]
        service_name: String,
        /// OT's public phone number.
        #[arg(long)]
        phone: String,
        /// OT's public e-mail address.
        #[arg(long)]
        email: String,
    },
}

#[derive(Subcommand, Debug)]
pub enum DepartmentCommand {
    /// Open an office; an administrator then sets its opening hours on its page in the portal.
    Create {
        /// Its name in URLs and in `staff create --department`, e.g. `horten`.
        #[arg(long)]
        slug: String,
        #[arg(long)]
        name: String,
        #[arg(long)]
        street_address: String,
        #[arg(long)]
        postal_code: String,
        #[arg(long)]
        city: String,
        #[arg(long)]
        phone: String,
        #[arg(long)]
        email: String,
    },
}

/// The commands that manage one county's data, run by [`run`].
#[derive(Debug)]
pub enum Manage {
    County(CountyCommand),
    Department(DepartmentCommand),
    Staff(StaffCommand),
}

#[derive(Subcommand, Debug)]
pub enum StaffCommand {
    /// Create an account; the password is read from standard input (one line).
    Create {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        /// advisor, coordinator, council_coordinator or administrator.
        #[arg(long, default_value = "administrator")]
        role: String,
        /// A department slug (repeat for several): an advisor's scope.
        #[arg(long = "department")]
        departments: Vec<String>,
    },
    /// Set a new password, read from standard input; every session of the account ends.
    ResetPassword {
        #[arg(long)]
        email: String,
    },
}

#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error("{0}")]
    Usage(String),
    #[error(transparent)]
    Domain(#[from] domain::DomainError),
}

fn read_password() -> Result<String, CliError> {
    eprintln!("password (at least 12 characters), then Enter:");
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|e| CliError::Usage(format!("could not read the password: {e}")))?;
    let password = line.trim_end_matches(['\r', '\n']).to_string();
    domain::secret::validate_password(&password)
        .map_err(|_| CliError::Usage("the password must have 12 to 200 characters".into()))?;
    Ok(password)
}

/// Runs `command` for the county whose slug is `county_slug` (the `COUNTY` setting).
pub async fn run(db: &Db, county_slug: &str, command: Manage) -> Result<String, CliError> {
    match command {
        Manage::County(CountyCommand::Create {
            name,
            service_name,
            phone,
            email,
        }) => {
            let county = county::set_up(
                db,
                &NewCounty {
                    slug: county_slug,
                    name: &name,
                    service_name: &service_name,
                    phone: &phone,
                    email: &email,
                },
            )
            .await?;
            Ok(format!(
                "created the county {} ({}); next: `neste-steg department create` for each office, then `neste-steg staff create` for the first administrator",
                county.name, county.slug
            ))
        }
        Manage::Department(DepartmentCommand::Create {
            slug,
            name,
            street_address,
            postal_code,
            city,
            phone,
            email,
        }) => {
            let county = existing_county(db, county_slug).await?;
            let department = department::set_up(
                db,
                county.id,
                &NewDepartment {
                    slug: &slug,
                    name: &name,
                    street_address: &street_address,
                    postal_code: &postal_code,
                    city: &city,
                    phone: &phone,
                    email: &email,
                },
            )
            .await?;
            Ok(format!(
                "opened the office {} ({}) in {}; an administrator sets its opening hours in the portal",
                department.name, department.slug, county.name
            ))
        }
        Manage::Staff(command) => {
            let county = existing_county(db, county_slug).await?;
            run_staff(db, county.id, command).await
        }
    }
}

async fn existing_county(db: &Db, slug: &str) -> Result<county::County, CliError> {
    county::by_slug(db, slug).await?.ok_or_else(|| {
        CliError::Usage(format!(
            "the county {slug:?} does not exist; create it with `neste-steg county create`, or set COUNTY"
        ))
    })
}

async fn run_staff(db: &Db, county_id: i64, command: StaffCommand) -> Result<String, CliError> {
    match command {
        StaffCommand::Create {
            email,
            name,
            role,
            departments,
        } => {
            let role: Role = role.parse().map_err(|_| {
                CliError::Usage(format!("unknown role {role:?}: advisor, coordinator, council_coordinator or administrator"))
            })?;
            let mut department_ids = Vec::new();
            for slug in &departments {
                let department = domain::department::by_slug(db, county_id, slug)
                    .await?
                    .ok_or_else(|| {
                        CliError::Usage(format!("no department {slug:?} in this county"))
                    })?;
                department_ids.push(department.id);
            }
            let password = read_password()?;
            let staff = staff::create(
                db,
                county_id,
                &NewStaff {
                    full_name: &name,
                    email: &email,
                    role,
                    department_ids: &department_ids,
                },
                None,
            )
            .await?;
            login::set_password(db, staff.id, &password, None).await?;
            Ok(format!(
                "created {} ({}) as {role}",
                staff.full_name, staff.email
            ))
        }
        StaffCommand::ResetPassword { email } => {
            let staff = login::staff_by_email(db, county_id, &email).await?;
            let password = read_password()?;
            login::set_password(db, staff.id, &password, None).await?;
            Ok(format!(
                "new password set for {}; their sessions have ended",
                staff.email
            ))
        }
    }
}
