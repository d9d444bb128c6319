//! CSV files for Norwegian spreadsheets (the Vigo OT export, and later the figures): UTF-8 with a
//! byte-order mark (so Excel reads «ø» right), semicolons, CRLF, and no cell that a spreadsheet
//! would run as a formula.

/// A cell that a spreadsheet would read as a formula (`=HYPERLINK(…)`, `+1`, `-2+3`, `@SUM`,
/// or one hidden behind a tab or carriage return) gets a leading apostrophe, as OWASP advises:
/// the value is shown as typed and never runs.
pub fn neutralise(value: &str) -> std::borrow::Cow<'_, str> {
    if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        std::borrow::Cow::Owned(format!("'{value}"))
    } else {
        std::borrow::Cow::Borrowed(value)
    }
}

/// Writes a header and rows; every cell is neutralised and quoted where needed.
pub fn write<R, C>(header: &[&str], rows: R) -> String
where
    R: IntoIterator<Item = C>,
    C: IntoIterator,
    C::Item: AsRef<str>,
{
    let mut writer = csv::WriterBuilder::new()
        .delimiter(b';')
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::from("\u{feff}".as_bytes()));
    // Writing to memory cannot fail, and every value is a valid UTF-8 string.
    let _ = writer.write_record(header);
    for row in rows {
        let cells: Vec<String> = row
            .into_iter()
            .map(|cell| neutralise(cell.as_ref()).into_owned())
            .collect();
        let _ = writer.write_record(&cells);
    }
    let bytes = writer.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_never_run() {
        for evil in [
            "=HYPERLINK(\"http://x\")",
            "+47 912",
            "-1+2",
            "@SUM(A1)",
            "\t=1",
            "\r=1",
        ] {
            assert!(neutralise(evil).starts_with('\''), "{evil:?}");
        }
        assert_eq!(neutralise("Ødegård"), "Ødegård");
        assert_eq!(neutralise("Anne-Lise"), "Anne-Lise");
        let csv = write(&["a", "b"], [["=1+1", "x;y"]]);
        assert_eq!(csv, "\u{feff}a;b\r\n'=1+1;\"x;y\"\r\n");
    }
}
