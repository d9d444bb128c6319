//! Departments: OT's offices, where young people meet their advisor.

use serde::{Deserialize, Serialize};

use crate::{
    audit::{self, NewAuditEvent},
    db::{sql, Db},
    error::{DomainError, DomainResult},
};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, sqlx::FromRow)]
pub struct Department {
    pub id: i64,
    pub county_id: i64,
    pub slug: String,
    pub name: String,
    pub street_address: String,
    pub postal_code: String,
    pub city: String,
    pub phone: String,
    pub email: String,
}

#[derive(Clone, Debug)]
pub struct NewDepartment<'a> {
    pub slug: &'a str,
    pub name: &'a str,
    pub street_address: &'a str,
    pub postal_code: &'a str,
    pub city: &'a str,
    pub phone: &'a str,
    pub email: &'a str,
}

/// One opening interval on one weekday (1 = Monday … 7 = Sunday), in Oslo wall-clock time.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, sqlx::FromRow)]
pub struct OpeningHours {
    pub weekday: i32,
    pub opens: String,
    pub closes: String,
}

impl OpeningHours {
    /// Checks what the database also checks, so a caller gets a field-level reason.
    pub fn validate(&self) -> DomainResult<()> {
        if !(1..=7).contains(&self.weekday) {
            return Err(DomainError::Invalid {
                field: "weekday",
                reason: "must be 1 (Monday) to 7 (Sunday)",
            });
        }
        for (field, value) in [("opens", &self.opens), ("closes", &self.closes)] {
            if !is_clock_time(value) {
                return Err(DomainError::Invalid {
                    field,
                    reason: "must be a time HH:MM",
                });
            }
        }
        if self.opens >= self.closes {
            return Err(DomainError::Invalid {
                field: "closes",
                reason: "must be after opens",
            });
        }
        Ok(())
    }
}

fn is_clock_time(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 5
        && b[2] == b':'
        && s[..2].parse::<u8>().is_ok_and(|h| h < 24)
        && s[3..].parse::<u8>().is_ok_and(|m| m < 60)
}

/// A department with its opening hours: what the contact page shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Office {
    pub department: Department,
    pub opening_hours: Vec<OpeningHours>,
}

const COLUMNS: &str = "id, county_id, slug, name, street_address, postal_code, city, phone, email";

pub async fn create(db: &Db, county_id: i64, new: &NewDepartment<'_>) -> DomainResult<Department> {
    let q = format!(
        "INSERT INTO department (county_id, slug, name, street_address, postal_code, city, phone, email) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING {COLUMNS}"
    );
    let department = sql!(
        db, fetch_optional Department, &q,
        county_id, new.slug, new.name, new.street_address, new.postal_code, new.city, new.phone, new.email
    )
    .map_err(|e| DomainError::unique_as_conflict(e, "department slug taken"))?
    .ok_or(DomainError::NotFound)?;
    // The contact page lists every office.
    crate::content::bump(db, county_id).await?;
    Ok(department)
}

/// Checks a department's fields, naming the first one that is wrong.
pub fn validate(new: &NewDepartment<'_>) -> DomainResult<()> {
    let invalid = |field, reason| Err(DomainError::Invalid { field, reason });
    if new.name.trim().is_empty() {
        return invalid("name", "empty");
    }
    if new.street_address.trim().is_empty() {
        return invalid("street_address", "empty");
    }
    if new.postal_code.len() != 4 || !new.postal_code.bytes().all(|b| b.is_ascii_digit()) {
        return invalid("postal_code", "four digits");
    }
    if new.city.trim().is_empty() {
        return invalid("city", "empty");
    }
    check_phone_and_email(new.phone, new.email)
}

/// The public phone and e-mail of a county or an office.
pub(crate) fn check_phone_and_email(phone: &str, email: &str) -> DomainResult<()> {
    let invalid = |field, reason| Err(DomainError::Invalid { field, reason });
    if phone.chars().filter(char::is_ascii_digit).count() < 8 {
        return invalid("phone", "at least eight digits");
    }
    if crate::staff::normalize_email(email).is_err() {
        return invalid("email", "not an e-mail address");
    }
    Ok(())
}

/// Opens an office on the command line (its opening hours are then set on its page by an
/// administrator), with its audit row in the same transaction.
pub async fn set_up(db: &Db, county_id: i64, new: &NewDepartment<'_>) -> DomainResult<Department> {
    if !crate::county::is_slug(new.slug) {
        return Err(DomainError::Invalid {
            field: "slug",
            reason: "2 to 40 lowercase letters, digits and hyphens",
        });
    }
    validate(new)?;
    let q = format!(
        "INSERT INTO department (county_id, slug, name, street_address, postal_code, city, phone, email) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING {COLUMNS}"
    );
    let department = crate::db::transaction!(db, |tx| {
        let department = sqlx::query_as::<_, Department>(&q)
            .bind(county_id)
            .bind(new.slug)
            .bind(new.name.trim())
            .bind(new.street_address.trim())
            .bind(new.postal_code)
            .bind(new.city.trim())
            .bind(new.phone.trim())
            .bind(new.email.trim())
            .fetch_one(&mut *tx)
            .await
            .map_err(|e| DomainError::unique_as_conflict(e, "department slug taken"))?;
        let event = NewAuditEvent::change(
            county_id,
            None,
            "department.create",
            ("department", department.id.to_string()),
            Some(department.id),
            String::new(),
        );
        audit::record_in!(&mut *tx, &event, chrono::Utc::now());
        crate::content::bump_in!(&mut *tx, county_id);
        department
    });
    crate::content::noted_here();
    Ok(department)
}

/// Changes an office's public details and replaces its opening hours (the slug, its URL name,
/// stays), in one transaction with its audit row: all of it or, if anything is invalid, none.
/// `by`: the administrator who saves the office's page.
pub async fn update(
    db: &Db,
    county_id: i64,
    id: i64,
    new: &NewDepartment<'_>,
    hours: &[OpeningHours],
    by: Option<i64>,
) -> DomainResult<Department> {
    validate(new)?;
    for h in hours {
        h.validate()?;
    }
    let q = format!(
        "UPDATE department SET name = $1, street_address = $2, postal_code = $3, city = $4, phone = $5, email = $6 \
         WHERE id = $7 AND county_id = $8 RETURNING {COLUMNS}"
    );
    let department = crate::db::transaction!(db, |tx| {
        let department = sqlx::query_as::<_, Department>(&q)
            .bind(new.name.trim())
            .bind(new.street_address.trim())
            .bind(new.postal_code)
            .bind(new.city.trim())
            .bind(new.phone.trim())
            .bind(new.email.trim())
            .bind(id)
            .bind(county_id)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(DomainError::NotFound)?;
        sqlx::query("DELETE FROM department_opening_hours WHERE department_id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        for h in hours {
            sqlx::query(
                "INSERT INTO department_opening_hours (department_id, weekday, opens, closes) VALUES ($1, $2, $3, $4)",
            )
            .bind(id)
            .bind(h.weekday)
            .bind(&h.opens)
            .bind(&h.closes)
            .execute(&mut *tx)
            .await?;
        }
        let event = NewAuditEvent::change(
            county_id,
            by,
            "department.update",
            ("department", id.to_string()),
            Some(id),
            String::new(),
        );
        audit::record_in!(&mut *tx, &event, chrono::Utc::now());
        // The contact page shows what changed: instances that keep it in memory render it anew.
        crate::content::bump_in!(&mut *tx, county_id);
        department
    });
    crate::content::noted_here();
    Ok(department)
}

pub async fn by_slug(db: &Db, county_id: i64, slug: &str) -> DomainResult<Option<Department>> {
    let q = format!("SELECT {COLUMNS} FROM department WHERE county_id = $1 AND slug = $2");
    Ok(sql!(db, fetch_optional Department, &q, county_id, slug)?)
}

pub async fn list(db: &Db, county_id: i64) -> DomainResult<Vec<Department>> {
    let q = format!("SELECT {COLUMNS} FROM department WHERE county_id = $1 ORDER BY name, id");
    Ok(sql!(db, fetch_all Department, &q, county_id)?)
}

/// Adds one opening interval; adding the same interval twice is a no-op.
pub async fn add_opening_hours(
    db: &Db,
    department_id: i64,
    hours: &OpeningHours,
) -> DomainResult<()> {
    hours.validate()?;
    sql!(
        db,
        execute,
        "INSERT INTO department_opening_hours (department_id, weekday, opens, closes) \
         VALUES ($1, $2, $3, $4) ON CONFLICT (department_id, weekday, opens) DO NOTHING",
        department_id,
        hours.weekday,
        &hours.opens,
        &hours.closes
    )?;
    let county_id = sql!(
        db,
        scalar i64,
        "SELECT county_id FROM department WHERE id = $1",
        department_id
    )?;
    crate::content::bump(db, county_id).await?;
    Ok(())
}

/// Every office of a county with its opening hours, in two queries whatever the number of offices.
pub async fn offices(db: &Db, county_id: i64) -> DomainResult<Vec<Office>> {
    #[derive(sqlx::FromRow)]
    struct Row {
        department_id: i64,
        #[sqlx(flatten)]
        hours: OpeningHours,
    }
    let departments = list(db, county_id).await?;
    let rows = sql!(
        db, fetch_all Row,
        "SELECT h.department_id, h.weekday, h.opens, h.closes \
         FROM department_opening_hours h JOIN department d ON d.id = h.department_id \
         WHERE d.county_id = $1 ORDER BY h.weekday, h.opens",
        county_id
    )?;
    Ok(departments
        .into_iter()
        .map(|department| {
            let opening_hours = rows
                .iter()
                .filter(|r| r.department_id == department.id)
                .map(|r| r.hours.clone())
                .collect();
            Office {
                department,
                opening_hours,
            }
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hours(weekday: i32, opens: &str, closes: &str) -> OpeningHours {
        OpeningHours {
            weekday,
            opens: opens.into(),
            closes: closes.into(),
        }
    }

    #[test]
    fn opening_hours_are_validated() {
        assert!(hours(1, "08:00", "15:30").validate().is_ok());
        assert!(hours(0, "08:00", "15:30").validate().is_err());
        assert!(hours(8, "08:00", "15:30").validate().is_err());
        assert!(hours(1, "8:00", "15:30").validate().is_err());
        assert!(hours(1, "24:00", "24:30").validate().is_err());
        assert!(hours(1, "08:60", "15:30").validate().is_err());
        assert!(hours(1, "15:30", "08:00").validate().is_err());
        assert!(hours(1, "08:00", "08:00").validate().is_err());
    }
}
