//! Staff: OT's advisors, coordinators and administrators.

use std::{fmt, str::FromStr};

use serde::{Deserialize, Serialize};

use crate::{
    audit::{self, NewAuditEvent},
    db::{sql, transaction, Db},
    error::{DomainError, DomainResult},
};

/// What a member of staff may do. Scope: an advisor sees their own departments; the others the
/// whole county.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Advisor,
    Coordinator,
    CouncilCoordinator,
    Administrator,
}

impl Role {
    pub const ALL: [Role; 4] = [
        Role::Advisor,
        Role::Coordinator,
        Role::CouncilCoordinator,
        Role::Administrator,
    ];

    /// The name used in SQL, URLs and Fluent ids (`role-advisor`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Advisor => "advisor",
            Role::Coordinator => "coordinator",
            Role::CouncilCoordinator => "council_coordinator",
            Role::Administrator => "administrator",
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Role {
    type Err = DomainError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Role::ALL
            .into_iter()
            .find(|r| r.as_str() == s)
            .ok_or(DomainError::Invalid {
                field: "role",
                reason: "unknown role",
            })
    }
}

impl TryFrom<String> for Role {
    type Error = DomainError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        s.parse()
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, sqlx::FromRow)]
pub struct Staff {
    pub id: i64,
    pub county_id: i64,
    pub full_name: String,
    pub email: String,
    #[sqlx(try_from = "String")]
    pub role: Role,
    pub active: bool,
}

#[derive(Clone, Debug)]
pub struct NewStaff<'a> {
    pub full_name: &'a str,
    pub email: &'a str,
    pub role: Role,
    pub department_ids: &'a [i64],
}

/// Trims and lower-cases an e-mail address, refusing what cannot be one.
pub fn normalize_email(raw: &str) -> DomainResult<String> {
    let email = raw.trim().to_lowercase();
    let valid = email.len() <= 254
        && !email.chars().any(char::is_whitespace)
        && email.split_once('@').is_some_and(|(local, host)| {
            !local.is_empty()
                && host.contains('.')
                && !host.starts_with('.')
                && !host.ends_with('.')
                && !host.contains('@')
        });
    if valid {
        Ok(email)
    } else {
        Err(DomainError::Invalid {
            field: "email",
            reason: "not an e-mail address",
        })
    }
}

const COLUMNS: &str = "id, county_id, full_name, email, role, active";

/// The longest name a staff account takes (the `staff` table's CHECK).
pub const FULL_NAME_MAX: usize = 200;

/// Creates a member of staff and their departments in one transaction, with its audit row.
/// `by`: the administrator who makes the account (`None`: the command line).
pub async fn create(
    db: &Db,
    county_id: i64,
    new: &NewStaff<'_>,
    by: Option<i64>,
) -> DomainResult<Staff> {
    let full_name = new.full_name.trim();
    if full_name.is_empty() {
        return Err(DomainError::Invalid {
            field: "full_name",
            reason: "empty",
        });
    }
    // The table's own limit, said next to the field rather than met as a failed constraint.
    if full_name.chars().count() > FULL_NAME_MAX {
        return Err(DomainError::Invalid {
            field: "full_name",
            reason: "too_long",
        });
    }
    let email = normalize_email(new.email)?;
    let insert = format!(
        "INSERT INTO staff (county_id, full_name, email, role) VALUES ($1, $2, $3, $4) RETURNING {COLUMNS}"
    );
    // A department of another county must never be attached: the INSERT … SELECT finds none.
    let link = "INSERT INTO staff_department (staff_id, department_id) \
                SELECT $1, id FROM department WHERE id = $2 AND county_id = $3";
    let staff = transaction!(db, |tx| {
        let staff = sqlx::query_as::<_, Staff>(&insert)
            .bind(county_id)
            .bind(full_name)
            .bind(&email)
            .bind(new.role.as_str())
            .fetch_one(&mut *tx)
            .await
            .map_err(|e| DomainError::unique_as_conflict(e, "staff e-mail taken"))?;
        for department_id in new.department_ids {
            let linked = sqlx::query(link)
                .bind(staff.id)
                .bind(department_id)
                .bind(county_id)
                .execute(&mut *tx)
                .await?
                .rows_affected();
            if linked == 0 {
                return Err(DomainError::Invalid {
                    field: "department_ids",
                    reason: "unknown department",
                });
            }
        }
        let event = NewAuditEvent::change(
            county_id,
            by,
            "staff.create",
            ("staff", staff.id.to_string()),
            None,
            format!("role {}", new.role),
        );
        audit::record_in!(&mut *tx, &event, chrono::Utc::now());
        staff
    });
    Ok(staff)
}

pub async fn by_email(db: &Db, county_id: i64, email: &str) -> DomainResult<Option<Staff>> {
    let email = normalize_email(email)?;
    let q = format!("SELECT {COLUMNS} FROM staff WHERE county_id = $1 AND email = $2");
    Ok(sql!(db, fetch_optional Staff, &q, county_id, email)?)
}

pub async fn list(db: &Db, county_id: i64) -> DomainResult<Vec<Staff>> {
    let q = format!("SELECT {COLUMNS} FROM staff WHERE county_id = $1 ORDER BY full_name, id");
    Ok(sql!(db, fetch_all Staff, &q, county_id)?)
}

pub async fn department_ids(db: &Db, staff_id: i64) -> DomainResult<Vec<i64>> {
    Ok(sql!(
        db,
        fetch_all(i64,),
        "SELECT department_id FROM staff_department WHERE staff_id = $1 ORDER BY department_id",
        staff_id
    )?
    .into_iter()
    .map(|(id,)| id)
    .collect())
}

/// Gives a member of staff a new role and set of departments, in one transaction with its audit
/// row. Departments of another county are refused and nothing changes.
pub async fn update_assignment(
    db: &Db,
    county_id: i64,
    staff_id: i64,
    role: Role,
    department_ids: &[i64],
    by: Option<i64>,
) -> DomainResult<Staff> {
    let update =
        format!("UPDATE staff SET role = $1 WHERE id = $2 AND county_id = $3 RETURNING {COLUMNS}");
    let link = "INSERT INTO staff_department (staff_id, department_id) \
                SELECT $1, id FROM department WHERE id = $2 AND county_id = $3";
    let staff = transaction!(db, |tx| {
        let staff = sqlx::query_as::<_, Staff>(&update)
            .bind(role.as_str())
            .bind(staff_id)
            .bind(county_id)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(DomainError::NotFound)?;
        sqlx::query("DELETE FROM staff_department WHERE staff_id = $1")
            .bind(staff_id)
            .execute(&mut *tx)
            .await?;
        for department_id in department_ids {
            let linked = sqlx::query(link)
                .bind(staff_id)
                .bind(department_id)
                .bind(county_id)
                .execute(&mut *tx)
                .await?
                .rows_affected();
            if linked == 0 {
                return Err(DomainError::Invalid {
                    field: "department_ids",
                    reason: "unknown department",
                });
            }
        }
        let slugs: Vec<String> = sqlx::query_scalar(
            "SELECT d.slug FROM staff_department sd JOIN department d ON d.id = sd.department_id \
             WHERE sd.staff_id = $1 ORDER BY d.slug",
        )
        .bind(staff_id)
        .fetch_all(&mut *tx)
        .await?;
        let event = NewAuditEvent::change(
            county_id,
            by,
            "staff.update",
            ("staff", staff_id.to_string()),
            None,
            format!("role {role}; department {}", slugs.join(",")),
        );
        audit::record_in!(&mut *tx, &event, chrono::Utc::now());
        staff
    });
    Ok(staff)
}

/// Disables or re-enables an account, with its audit row. Disabling ends every session at once.
pub async fn set_active(
    db: &Db,
    county_id: i64,
    staff_id: i64,
    active: bool,
    by: Option<i64>,
) -> DomainResult<Staff> {
    let q = format!(
        "UPDATE staff SET active = $1 WHERE id = $2 AND county_id = $3 RETURNING {COLUMNS}"
    );
    let staff = transaction!(db, |tx| {
        let staff = sqlx::query_as::<_, Staff>(&q)
            .bind(active)
            .bind(staff_id)
            .bind(county_id)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(DomainError::NotFound)?;
        if !active {
            sqlx::query("DELETE FROM staff_session WHERE staff_id = $1")
                .bind(staff_id)
                .execute(&mut *tx)
                .await?;
        }
        let action = if active {
            "staff.enable"
        } else {
            "staff.disable"
        };
        let event = NewAuditEvent::change(
            county_id,
            by,
            action,
            ("staff", staff_id.to_string()),
            None,
            String::new(),
        );
        audit::record_in!(&mut *tx, &event, chrono::Utc::now());
        staff
    });
    Ok(staff)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_round_trip_through_their_names() {
        for role in Role::ALL {
            assert_eq!(role.as_str().parse::<Role>().unwrap(), role);
        }
        assert!("admin".parse::<Role>().is_err());
    }

    #[test]
    fn emails_are_normalized_or_refused() {
        assert_eq!(
            normalize_email("  Kari.Nordmann@Vestfoldfylke.NO ").unwrap(),
            "kari.nordmann@vestfoldfylke.no"
        );
        for bad in [
            "",
            "kari",
            "kari@",
            "@vfk.no",
            "kari@vfk",
            "kari @vfk.no",
            "kari@vfk.no.",
            "a@b@c.no",
        ] {
            assert!(normalize_email(bad).is_err(), "{bad:?} should be refused");
        }
    }
}
