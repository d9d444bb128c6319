//! Importing many contact requests from a CSV file: a preview that names every bad row, and an
//! import of the good rows that is all or nothing.

use std::collections::HashSet;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::{
    contact_request::{validate, ContactRequestInput, Invalid, NewContactRequest},
    db::{sql, Db},
    error::{DomainError, DomainResult},
};

/// The largest file accepted: about 10 000 rows, far more than one county's target group.
pub const MAX_BYTES: usize = 2_000_000;
pub const MAX_ROWS: usize = 10_000;

/// The columns, as the first line names them (Norwegian, as advisors' spreadsheets have them;
/// the English names are accepted too).
const COLUMNS: &[(&str, &[&str])] = &[
    ("first_name", &["fornavn", "first_name"]),
    ("last_name", &["etternavn", "last_name"]),
    ("birth_date", &["fodselsdato", "fødselsdato", "birth_date"]),
    ("mobile", &["mobil", "mobile"]),
    ("email", &["epost", "e-post", "email"]),
    ("language", &["sprak", "språk", "language"]),
    ("municipality", &["kommune", "municipality"]),
    ("department", &["avdeling", "department"]),
    ("guardian_name", &["foresatt_navn", "guardian_name"]),
    ("guardian_mobile", &["foresatt_mobil", "guardian_mobile"]),
    ("guardian_email", &["foresatt_epost", "guardian_email"]),
];
const REQUIRED: &[&str] = &[
    "first_name",
    "last_name",
    "birth_date",
    "municipality",
    "department",
];

/// Why the file as a whole cannot be read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum FileProblem {
    Empty,
    TooLarge,
    /// Not UTF-8 (for example saved as Windows-1252 by an old spreadsheet).
    WrongEncoding,
    /// A required column is missing from the first line.
    MissingColumn(String),
    Unreadable,
}

/// One row of the preview: the line number in the file, and the request or what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PreviewRow {
    pub line: usize,
    pub first_name: String,
    pub last_name: String,
    pub result: Result<NewContactRequest, Vec<Invalid>>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Preview {
    pub rows: Vec<PreviewRow>,
}

impl Preview {
    pub fn good(&self) -> impl Iterator<Item = &NewContactRequest> {
        self.rows.iter().filter_map(|r| r.result.as_ref().ok())
    }
    pub fn bad_count(&self) -> usize {
        self.rows.iter().filter(|r| r.result.is_err()).count()
    }
}

/// Reads and checks a file. `existing` are people with an open request already (see
/// `contact_request::open_duplicates`); a person twice in the file is a duplicate on the
/// second line.
pub fn preview(
    bytes: &[u8],
    departments: &[(i64, String)],
    existing: &[(String, String, NaiveDate)],
    today: NaiveDate,
) -> Result<Preview, FileProblem> {
    if bytes.len() > MAX_BYTES {
        return Err(FileProblem::TooLarge);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| FileProblem::WrongEncoding)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(FileProblem::Empty);
    }
    // Norwegian spreadsheets save with semicolons; others with commas. The header tells which.
    let first_line = text.lines().next().unwrap_or_default();
    let delimiter = if first_line.matches(';').count() >= first_line.matches(',').count() {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|_| FileProblem::Unreadable)?
        .clone();
    let index_of = |column: &str| -> Option<usize> {
        let names = COLUMNS.iter().find(|(c, _)| *c == column)?.1;
        headers
            .iter()
            .position(|h| names.iter().any(|n| n.eq_ignore_ascii_case(h)))
    };
    for column in REQUIRED {
        if index_of(column).is_none() {
            return Err(FileProblem::MissingColumn(column.to_string()));
        }
    }
    let indices: Vec<(&str, Option<usize>)> =
        COLUMNS.iter().map(|(c, _)| (*c, index_of(c))).collect();
    let mut seen: HashSet<(String, String, NaiveDate)> = existing.iter().cloned().collect();
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|_| FileProblem::Unreadable)?;
        if record.iter().all(str::is_empty) {
            continue;
        }
        if rows.len() >= MAX_ROWS {
            return Err(FileProblem::TooLarge);
        }
        let line = record.position().map_or(0, |p| p.line() as usize);
        let get = |column: &str| {
            indices
                .iter()
                .find(|(c, _)| *c == column)
                .and_then(|(_, i)| *i)
                .and_then(|i| record.get(i))
                .unwrap_or_default()
                .to_string()
        };
        let input = ContactRequestInput {
            first_name: get("first_name"),
            last_name: get("last_name"),
            birth_date: get("birth_date"),
            mobile: get("mobile"),
            email: get("email"),
            language: get("language"),
            municipality: get("municipality"),
            department: get("department"),
            guardian_name: get("guardian_name"),
            guardian_mobile: get("guardian_mobile"),
            guardian_email: get("guardian_email"),
        };
        let result = validate(&input, departments, today).and_then(|valid| {
            if seen.insert(valid.person_key()) {
                Ok(valid)
            } else {
                Err(vec![Invalid {
                    field: "duplicate",
                    reason: "already has an open request",
                }])
            }
        });
        rows.push(PreviewRow {
            line,
            first_name: input.first_name,
            last_name: input.last_name,
            result,
        });
    }
    Ok(Preview { rows })
}

/// Keeps an uploaded file (already readable: see `preview`) until its owner confirms it.
pub async fn store(
    db: &Db,
    county_id: i64,
    staff_id: i64,
    content: &str,
    now: DateTime<Utc>,
) -> DomainResult<i64> {
    Ok(sql!(
        db, scalar i64,
        "INSERT INTO contact_import (county_id, staff_id, content, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
        county_id, staff_id, content, now
    )?)
}

/// An upload, only for the member of staff who made it.
pub async fn load(db: &Db, county_id: i64, staff_id: i64, id: i64) -> DomainResult<String> {
    sql!(
        db, scalar_optional String,
        "SELECT content FROM contact_import WHERE id = $1 AND county_id = $2 AND staff_id = $3",
        id, county_id, staff_id
    )?
    .ok_or(DomainError::NotFound)
}

/// Forgets an upload (after import, or when its owner cancels). Returns whether it existed.
pub async fn discard(db: &Db, county_id: i64, staff_id: i64, id: i64) -> DomainResult<bool> {
    Ok(sql!(
        db,
        execute,
        "DELETE FROM contact_import WHERE id = $1 AND county_id = $2 AND staff_id = $3",
        id,
        county_id,
        staff_id
    )? == 1)
}

/// Deletes uploads nobody confirmed within a day: they hold personal data.
pub async fn discard_stale(db: &Db, now: DateTime<Utc>) -> DomainResult<u64> {
    Ok(sql!(
        db,
        execute,
        "DELETE FROM contact_import WHERE created_at < $1",
        now - chrono::Duration::days(1)
    )?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    }

    fn departments() -> Vec<(i64, String)> {
        vec![(1, "horten".into()), (4, "larvik".into())]
    }

    const HEADER: &str = "fornavn;etternavn;fødselsdato;mobil;epost;språk;kommune;avdeling\n";

    #[test]
    fn good_bad_and_duplicate_rows_are_told_apart_by_line() {
        let csv = format!(
            "{HEADER}Sara;Nilsen;14.03.2008;91234567;;nb;Horten;horten\n\
             Ola;Hansen;2007-01-02;12;ola@;nb;Larvik;larvik\n\
             Sara;Nilsen;14.03.2008;;sara@example.no;nn;Horten;horten\n\
             Per;Berg;2006-05-06;41234567;;en;Oslo;oslo\n"
        );
        let preview = preview(csv.as_bytes(), &departments(), &[], today()).unwrap();
        let summary: Vec<_> = preview
            .rows
            .iter()
            .map(|r| {
                (
                    r.line,
                    r.result
                        .as_ref()
                        .map_err(|p| p.iter().map(|i| i.field).collect::<Vec<_>>())
                        .map(|_| ()),
                )
            })
            .collect();
        assert_eq!(
            summary,
            vec![
                (2, Ok(())),
                (3, Err(vec!["mobile", "email"])),
                (4, Err(vec!["duplicate"])),
                (5, Err(vec!["department"])),
            ]
        );
        assert_eq!(preview.good().count(), 1);
        assert_eq!(preview.bad_count(), 3);
    }

    #[test]
    fn someone_with_an_open_request_is_a_duplicate() {
        let csv = format!("{HEADER}Sara;Nilsen;14.03.2008;91234567;;nb;Horten;horten\n");
        let existing = vec![(
            "sara".to_string(),
            "nilsen".to_string(),
            NaiveDate::from_ymd_opt(2008, 3, 14).unwrap(),
        )];
        let preview = preview(csv.as_bytes(), &departments(), &existing, today()).unwrap();
        assert_eq!(preview.bad_count(), 1);
    }

    #[test]
    fn commas_and_a_byte_order_mark_are_fine() {
        let csv = "\u{feff}first_name,last_name,birth_date,mobile,municipality,department\nSara,Nilsen,2008-03-14,91234567,Horten,HORTEN\n";
        let preview = preview(csv.as_bytes(), &departments(), &[], today()).unwrap();
        assert_eq!(preview.good().count(), 1);
    }

    #[test]
    fn files_that_cannot_be_read_say_why() {
        let latin1 = b"fornavn;etternavn\n\xd8yvind;Berg\n";
        assert_eq!(
            preview(latin1, &departments(), &[], today()),
            Err(FileProblem::WrongEncoding)
        );
        assert_eq!(
            preview(b"  \n", &departments(), &[], today()),
            Err(FileProblem::Empty)
        );
        assert_eq!(
            preview(b"fornavn;etternavn\nA;B\n", &departments(), &[], today()),
            Err(FileProblem::MissingColumn("birth_date".into()))
        );
        let huge = vec![b'a'; MAX_BYTES + 1];
        assert_eq!(
            preview(&huge, &departments(), &[], today()),
            Err(FileProblem::TooLarge)
        );
    }
}
