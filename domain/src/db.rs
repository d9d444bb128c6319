//! The database handle: SQLite (embedded default) or PostgreSQL, chosen by the URL at start.

use std::{str::FromStr, time::Duration};

use sqlx::{
    postgres::{PgConnectOptions, PgPoolOptions},
    sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous},
    PgPool, SqlitePool,
};

use crate::error::DomainResult;

/// The migrations of one backend. A migration the database has but this binary does not know
/// is ignored, not refused: during a rolling upgrade the previous release keeps running (and can
/// restart) beside a database the new release has expanded. Releases only expand what the one
/// before still uses, and contract it a release later (docs/deploy.md).
fn migrator(backend: Backend) -> sqlx::migrate::Migrator {
    let mut migrator = match backend {
        Backend::Sqlite => sqlx::migrate!("migrations/sqlite"),
        Backend::Postgres => sqlx::migrate!("migrations/postgres"),
    };
    migrator.set_ignore_missing(true);
    migrator
}

/// A pool for one of the two supported databases. Cloning is cheap (the pools are shared).
#[derive(Clone, Debug)]
pub enum Db {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

/// Which database a URL points to, decided before any connection is made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn of_url(url: &str) -> Option<Backend> {
        if url.starts_with("sqlite:") {
            Some(Backend::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Some(Backend::Postgres)
        } else {
            None
        }
    }
}

impl Db {
    /// Connects with the default pool size and applies the migrations of the backend the URL names.
    pub async fn connect(url: &str) -> DomainResult<Db> {
        Db::connect_with(url, None).await
    }

    /// Connects with at most `max_connections` (default 16 on PostgreSQL, 8 on SQLite) and
    /// applies the migrations of the backend the URL names.
    pub async fn connect_with(url: &str, max_connections: Option<u32>) -> DomainResult<Db> {
        let db = match Backend::of_url(url) {
            Some(Backend::Postgres) => {
                let options = PgConnectOptions::from_str(url)?;
                Db::Postgres(
                    PgPoolOptions::new()
                        .max_connections(max_connections.unwrap_or(16))
                        .acquire_timeout(Duration::from_secs(5))
                        .connect_with(options)
                        .await?,
                )
            }
            // Anything else is refused by the configuration before we get here; treat it as SQLite.
            _ => {
                // WAL lets readers run beside the one writer; FULL sync makes each commit wait
                // for the disk, so a power cut cannot take back an answer or a booking a page
                // has confirmed (NORMAL survives only a crash of the process); busy_timeout
                // makes writers queue, not fail.
                let options = SqliteConnectOptions::from_str(url)?
                    .create_if_missing(true)
                    .journal_mode(SqliteJournalMode::Wal)
                    .synchronous(SqliteSynchronous::Full)
                    .foreign_keys(true)
                    .busy_timeout(Duration::from_secs(5));
                Db::Sqlite(
                    SqlitePoolOptions::new()
                        .max_connections(max_connections.unwrap_or(8))
                        .connect_with(options)
                        .await?,
                )
            }
        };
        db.migrate().await?;
        Ok(db)
    }

    pub async fn migrate(&self) -> DomainResult<()> {
        let migrator = migrator(self.backend());
        match self {
            Db::Sqlite(pool) => migrator.run(pool).await?,
            Db::Postgres(pool) => migrator.run(pool).await?,
        }
        Ok(())
    }

    pub fn backend(&self) -> Backend {
        match self {
            Db::Sqlite(_) => Backend::Sqlite,
            Db::Postgres(_) => Backend::Postgres,
        }
    }

    /// A cheap round trip, for the readiness probe.
    pub async fn ping(&self) -> DomainResult<()> {
        sql!(self, execute, "SELECT 1")?;
        Ok(())
    }

    /// A consistent copy of the SQLite database in a new file, taken while the portal runs
    /// (`VACUUM INTO` reads one snapshot; writers carry on). PostgreSQL is backed up with its
    /// own tools (`pg_dump`), so this refuses there.
    pub async fn backup_to(&self, path: &std::path::Path) -> DomainResult<()> {
        match self {
            Db::Sqlite(pool) => {
                if path.exists() {
                    return Err(crate::DomainError::Invalid {
                        field: "to",
                        reason: "exists",
                    });
                }
                sqlx::query("VACUUM INTO $1")
                    .bind(path.display().to_string())
                    .execute(pool)
                    .await?;
                Ok(())
            }
            Db::Postgres(_) => Err(crate::DomainError::Invalid {
                field: "database",
                reason: "postgres",
            }),
        }
    }

    pub async fn close(&self) {
        match self {
            Db::Sqlite(pool) => pool.close().await,
            Db::Postgres(pool) => pool.close().await,
        }
    }
}

/// Runs one statement, written once with `$n` placeholders (both SQLite and PostgreSQL accept
/// them), against whichever pool `db` holds.
///
/// `fetch_all` / `fetch_optional` / `fetch_one` decode rows into a `FromRow` type;
/// `execute` returns the number of rows affected; `scalar` fetches one value (`scalar_optional`:
/// one or none).
macro_rules! sql {
    ($db:expr, fetch_all $t:ty, $q:expr $(, $arg:expr)* $(,)?) => {
        match $db {
            $crate::db::Db::Sqlite(p) => sqlx::query_as::<_, $t>($q)$(.bind($arg))*.fetch_all(p).await,
            $crate::db::Db::Postgres(p) => sqlx::query_as::<_, $t>($q)$(.bind($arg))*.fetch_all(p).await,
        }
    };
    ($db:expr, fetch_optional $t:ty, $q:expr $(, $arg:expr)* $(,)?) => {
        match $db {
            $crate::db::Db::Sqlite(p) => sqlx::query_as::<_, $t>($q)$(.bind($arg))*.fetch_optional(p).await,
            $crate::db::Db::Postgres(p) => sqlx::query_as::<_, $t>($q)$(.bind($arg))*.fetch_optional(p).await,
        }
    };
    ($db:expr, scalar $t:ty, $q:expr $(, $arg:expr)* $(,)?) => {
        match $db {
            $crate::db::Db::Sqlite(p) => sqlx::query_scalar::<_, $t>($q)$(.bind($arg))*.fetch_one(p).await,
            $crate::db::Db::Postgres(p) => sqlx::query_scalar::<_, $t>($q)$(.bind($arg))*.fetch_one(p).await,
        }
    };
    ($db:expr, scalar_optional $t:ty, $q:expr $(, $arg:expr)* $(,)?) => {
        match $db {
            $crate::db::Db::Sqlite(p) => sqlx::query_scalar::<_, $t>($q)$(.bind($arg))*.fetch_optional(p).await,
            $crate::db::Db::Postgres(p) => sqlx::query_scalar::<_, $t>($q)$(.bind($arg))*.fetch_optional(p).await,
        }
    };
    ($db:expr, execute, $q:expr $(, $arg:expr)* $(,)?) => {
        match $db {
            $crate::db::Db::Sqlite(p) => sqlx::query($q)$(.bind($arg))*.execute(p).await.map(|r| r.rows_affected()),
            $crate::db::Db::Postgres(p) => sqlx::query($q)$(.bind($arg))*.execute(p).await.map(|r| r.rows_affected()),
        }
    };
}
pub(crate) use sql;

/// Runs `$body` inside one transaction on whichever pool `db` holds, committing at the end.
/// Inside the body `$tx` is the open transaction (use `&mut *$tx` as the executor); an early
/// return through `?` drops it, which rolls it back.
macro_rules! transaction {
    ($db:expr, |$tx:ident| $body:block) => {
        match $db {
            $crate::db::Db::Sqlite(pool) => {
                let mut $tx = pool.begin().await?;
                let out = $body;
                $tx.commit().await?;
                out
            }
            $crate::db::Db::Postgres(pool) => {
                let mut $tx = pool.begin().await?;
                let out = $body;
                $tx.commit().await?;
                out
            }
        }
    };
}
pub(crate) use transaction;

/// Like `transaction!`, for a read-then-write that must not interleave with another writer:
/// SQLite takes its write lock at `BEGIN IMMEDIATE` (writers queue on busy_timeout instead of
/// one failing at its first write); PostgreSQL begins as usual and relies on its constraints.
macro_rules! write_transaction {
    ($db:expr, |$tx:ident| $body:block) => {
        match $db {
            $crate::db::Db::Sqlite(pool) => {
                let mut $tx = pool.begin_with("BEGIN IMMEDIATE").await?;
                let out = $body;
                $tx.commit().await?;
                out
            }
            $crate::db::Db::Postgres(pool) => {
                let mut $tx = pool.begin().await?;
                let out = $body;
                $tx.commit().await?;
                out
            }
        }
    };
}
pub(crate) use write_transaction;
