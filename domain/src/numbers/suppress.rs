//! Small counts are never shown: the cell types the app renders, and the one suppression that
//! turns raw counts into them, for the table, the chart and the CSV alike.
//!
//! The rule, as Udir and SSB publish: a count from 1 to 4 is shown as «fewer than 5». Zero is
//! shown as 0: it names nobody, and hiding it would hide every empty row of a chart, while a
//! reader who sees «fewer than 5» learns no more than that someone is there. Then the
//! complement: wherever counts add up to another shown count (a table's rows to its total, the
//! codes to their group, the answered to the sent), a suppressed count must not be left alone
//! in that sum, or subtraction gives it back; the smallest other non-zero count in the sum is
//! hidden too. Hiding one count can leave another sum with one hidden member, so this repeats
//! until no sum has one. A rate or a median from fewer than 5 cases is suppressed, and so is a
//! rate whose numerator or denominator is.

use serde::{Deserialize, Serialize};

/// Cases below this are too few to show.
pub const THRESHOLD: u64 = 5;

/// A count as it may be shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Count {
    Exact(u64),
    /// 1 to 4: shown as «fewer than 5».
    FewerThanFive,
    /// Any size, hidden so that a count of fewer than 5 in the same sum cannot be recomputed
    /// (shown as «hidden», SSB's «:»). Never called «fewer than 5»: it may be large.
    Hidden,
}

impl Count {
    /// The number, when it may be shown.
    pub fn exact(self) -> Option<u64> {
        match self {
            Count::Exact(n) => Some(n),
            _ => None,
        }
    }

    pub fn is_suppressed(self) -> bool {
        !matches!(self, Count::Exact(_))
    }
}

/// A rate (0.0–1.0), a median or a percentile, when computed from enough cases.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Measure {
    Value(f64),
    /// Fewer than 5 cases, or a rate whose parts are suppressed.
    Suppressed,
}

impl Measure {
    pub fn value(self) -> Option<f64> {
        match self {
            Measure::Value(v) => Some(v),
            Measure::Suppressed => None,
        }
    }
}

/// One row of a table: a key the page translates (a channel, a code, a language, an age band)
/// or an office's name, and its count.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Row {
    pub key: String,
    pub count: Count,
}

/// Rows that add up to a total, as shown.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Table {
    pub rows: Vec<Row>,
    pub total: Count,
}

impl Table {
    /// The count of the row with `key`.
    pub fn get(&self, key: &str) -> Option<Count> {
        self.rows.iter().find(|r| r.key == key).map(|r| r.count)
    }
}

/// Raw counts by key, before suppression; the total is their sum.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RawTable {
    pub rows: Vec<(String, u64)>,
}

/// The one suppression of a single table: its rows and their total.
pub fn suppress(table: &RawTable) -> Table {
    let mut sheet = Sheet::default();
    let rows: Vec<(String, CellId)> = table
        .rows
        .iter()
        .map(|(key, n)| (key.clone(), sheet.cell(*n)))
        .collect();
    let total = sheet.sum(&rows.iter().map(|(_, id)| *id).collect::<Vec<_>>());
    sheet.suppress().table(&rows, total)
}

/// A cell of a [`Sheet`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct CellId(usize);

#[derive(Clone, Copy, Debug)]
struct Cell {
    value: u64,
    /// Shown on the page; an unshown cell is one a reader could work out from a sum (the
    /// requests not answered, as sent minus answered).
    shown: bool,
}

/// Every count of one page with the sums that tie them, so that suppression sees a count the
/// same wherever it appears (the answered are the total of the channels and a part of the sent).
#[derive(Clone, Debug, Default)]
pub(crate) struct Sheet {
    cells: Vec<Cell>,
    /// Each sum: the total first, then its parts.
    sums: Vec<Vec<usize>>,
}

impl Sheet {
    pub(crate) fn cell(&mut self, value: u64) -> CellId {
        self.cells.push(Cell { value, shown: true });
        CellId(self.cells.len() - 1)
    }

    /// A count that is not shown but follows from a sum; it must not give a small count away.
    pub(crate) fn unshown(&mut self, value: u64) -> CellId {
        self.cells.push(Cell {
            value,
            shown: false,
        });
        CellId(self.cells.len() - 1)
    }

    pub(crate) fn value(&self, id: CellId) -> u64 {
        self.cells[id.0].value
    }

    /// States that `total` is the sum of `parts`.
    pub(crate) fn equation(&mut self, total: CellId, parts: &[CellId]) {
        let mut sum = vec![total.0];
        sum.extend(parts.iter().map(|p| p.0));
        debug_assert_eq!(
            self.value(total),
            parts.iter().map(|p| self.value(*p)).sum::<u64>(),
            "a sum that does not add up"
        );
        self.sums.push(sum);
    }

    /// A new shown cell holding the sum of `parts`, tied to them.
    pub(crate) fn sum(&mut self, parts: &[CellId]) -> CellId {
        let total = self.cell(parts.iter().map(|p| self.value(*p)).sum());
        self.equation(total, parts);
        total
    }

    /// A new unshown cell holding the sum of `parts`, tied to them: the complement of a shown
    /// subtotal (sent minus answered) must not give a small count away either.
    pub(crate) fn unshown_sum(&mut self, parts: &[CellId]) -> CellId {
        let total = self.unshown(parts.iter().map(|p| self.value(*p)).sum());
        self.equation(total, parts);
        total
    }

    pub(crate) fn suppress(&self) -> Suppressed {
        let small = |c: &Cell| (1..THRESHOLD).contains(&c.value);
        let mut hidden: Vec<bool> = self.cells.iter().map(|c| c.shown && small(c)).collect();
        loop {
            let mut changed = false;
            for sum in &self.sums {
                // Unknown to a reader: what is hidden, and what is not shown at all.
                let unknown: Vec<usize> = sum
                    .iter()
                    .copied()
                    .filter(|&i| hidden[i] || !self.cells[i].shown)
                    .collect();
                let [alone] = unknown[..] else { continue };
                // A lone unknown follows from the others. That matters when it is hidden, or
                // when it is an unshown count of fewer than 5.
                let cell = &self.cells[alone];
                if !(hidden[alone] || small(cell)) {
                    continue;
                }
                let candidate = sum
                    .iter()
                    .copied()
                    .filter(|&i| i != alone && self.cells[i].shown && !hidden[i])
                    .filter(|&i| self.cells[i].value > 0)
                    .min_by_key(|&i| (self.cells[i].value, i));
                if let Some(i) = candidate {
                    hidden[i] = true;
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
        let counts = self
            .cells
            .iter()
            .zip(&hidden)
            .map(|(cell, &hidden)| match (hidden, small(cell)) {
                (false, _) => Count::Exact(cell.value),
                (true, true) => Count::FewerThanFive,
                (true, false) => Count::Hidden,
            })
            .collect();
        Suppressed {
            counts,
            values: self.cells.iter().map(|c| c.value).collect(),
        }
    }
}

/// A sheet after suppression: what each cell may show.
#[derive(Clone, Debug)]
pub(crate) struct Suppressed {
    counts: Vec<Count>,
    values: Vec<u64>,
}

impl Suppressed {
    pub(crate) fn count(&self, id: CellId) -> Count {
        self.counts[id.0]
    }

    pub(crate) fn table(&self, rows: &[(String, CellId)], total: CellId) -> Table {
        Table {
            rows: rows
                .iter()
                .map(|(key, id)| Row {
                    key: key.clone(),
                    count: self.count(*id),
                })
                .collect(),
            total: self.count(total),
        }
    }

    /// `part / whole`, shown only when both counts are and the whole has at least 5 cases.
    pub(crate) fn rate(&self, part: CellId, whole: CellId) -> Measure {
        let (n, d) = (self.values[part.0], self.values[whole.0]);
        if d < THRESHOLD
            || self.counts[part.0].is_suppressed()
            || self.counts[whole.0].is_suppressed()
        {
            Measure::Suppressed
        } else {
            Measure::Value(n as f64 / d as f64)
        }
    }
}

impl Suppressed {
    /// The `q`-quantile of `values` divided by `unit`, the measures of the cases counted in
    /// `cases`: suppressed under 5 cases, and when that count is (a median shown at all says
    /// there were at least 5).
    pub(crate) fn quantile(&self, values: &Quantiles, q: f64, unit: f64, cases: CellId) -> Measure {
        if self.count(cases).is_suppressed() || values.n < THRESHOLD {
            return Measure::Suppressed;
        }
        values
            .at(q)
            .map_or(Measure::Suppressed, |v| Measure::Value(v / unit))
    }
}

/// The values at the sorted positions a median and a 90th percentile need, out of `n`: the
/// database sorts and sends these few (see `figures::quantiles`), and the interpolation is done
/// here, the same for both databases.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Quantiles {
    pub n: u64,
    /// Position (0-based, in sorted order) → value.
    pub at: std::collections::BTreeMap<u64, f64>,
}

impl Quantiles {
    /// Interpolated between the values at ⌊q(n−1)⌋ and ⌈q(n−1)⌉ (the SQL sends those for the
    /// median and the 90th percentile).
    fn at(&self, q: f64) -> Option<f64> {
        let position = q * (self.n.checked_sub(1)? as f64);
        let below = *self.at.get(&(position.floor() as u64))?;
        let above = *self.at.get(&(position.ceil() as u64))?;
        Some(below + (above - below) * (position - position.floor()))
    }
}

/// The `q`-quantile (0–1) of `values`, interpolated between the two nearest as PostgreSQL's
/// `percentile_cont` does (computed here, the same on both databases); suppressed under 5
/// cases.
pub fn quantile(values: &[f64], q: f64) -> Measure {
    if (values.len() as u64) < THRESHOLD {
        return Measure::Suppressed;
    }
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let all = Quantiles {
        n: sorted.len() as u64,
        at: sorted
            .into_iter()
            .enumerate()
            .map(|(k, v)| (k as u64, v))
            .collect(),
    };
    all.at(q.clamp(0.0, 1.0))
        .map_or(Measure::Suppressed, Measure::Value)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(rows: &[(&str, u64)]) -> RawTable {
        RawTable {
            rows: rows.iter().map(|(k, n)| (k.to_string(), *n)).collect(),
        }
    }

    fn shown(table: &Table) -> Vec<Count> {
        table.rows.iter().map(|r| r.count).collect()
    }

    #[test]
    fn one_to_four_is_fewer_than_five_and_zero_stays_zero() {
        let t = suppress(&raw(&[("a", 0), ("b", 4), ("c", 5), ("d", 1), ("e", 30)]));
        assert_eq!(
            shown(&t),
            [
                Count::Exact(0),
                Count::FewerThanFive,
                Count::Exact(5),
                Count::FewerThanFive,
                Count::Exact(30)
            ]
        );
        assert_eq!(t.total, Count::Exact(40));
    }

    #[test]
    fn a_lone_small_cell_takes_the_next_smallest_with_it() {
        // 3 could be recomputed as 40 - 7 - 30; the 7 is hidden too, not the zero.
        let t = suppress(&raw(&[("sms", 30), ("email", 0), ("letter", 3), ("x", 7)]));
        assert_eq!(
            shown(&t),
            [
                Count::Exact(30),
                Count::Exact(0),
                Count::FewerThanFive,
                Count::Hidden
            ]
        );
        assert_eq!(t.total, Count::Exact(40));
    }

    #[test]
    fn a_small_total_hides_what_it_is_made_of() {
        let t = suppress(&raw(&[("a", 3), ("b", 0)]));
        assert_eq!(shown(&t), [Count::FewerThanFive, Count::Exact(0)]);
        assert_eq!(t.total, Count::FewerThanFive);
    }

    #[test]
    fn an_unshown_small_difference_is_protected() {
        // Sent 12, answered 10: the 2 not answered follow from the two; one of them goes.
        let mut sheet = Sheet::default();
        let answered = sheet.cell(10);
        let not_answered = sheet.unshown(2);
        let sent = sheet.cell(12);
        sheet.equation(sent, &[answered, not_answered]);
        let s = sheet.suppress();
        assert_eq!(s.count(answered), Count::Hidden);
        assert_eq!(s.count(sent), Count::Exact(12));
        assert_eq!(s.rate(answered, sent), Measure::Suppressed);
    }

    #[test]
    fn hiding_cascades_through_linked_sums() {
        // Answered 20 = 18 by SMS + 2 by letter; sent 30 = 20 answered + 10 not. The letter's 2
        // hides the SMS 18; nothing else needs to go.
        let mut sheet = Sheet::default();
        let sms = sheet.cell(18);
        let letter = sheet.cell(2);
        let answered = sheet.sum(&[sms, letter]);
        let waiting = sheet.cell(10);
        let sent = sheet.sum(&[answered, waiting]);
        let s = sheet.suppress();
        assert_eq!(s.count(letter), Count::FewerThanFive);
        assert_eq!(s.count(sms), Count::Hidden);
        assert_eq!(s.count(answered), Count::Exact(20));
        assert_eq!(s.count(sent), Count::Exact(30));
        assert_eq!(s.rate(answered, sent), Measure::Value(20.0 / 30.0));
    }

    #[test]
    fn quantiles_interpolate_and_need_five_cases() {
        assert_eq!(quantile(&[1.0, 2.0, 3.0, 4.0], 0.5), Measure::Suppressed);
        assert_eq!(
            quantile(&[5.0, 1.0, 3.0, 2.0, 4.0], 0.5),
            Measure::Value(3.0)
        );
        assert_eq!(
            quantile(&[1.0, 2.0, 3.0, 4.0, 5.0, 6.0], 0.5),
            Measure::Value(3.5)
        );
        // 0.9 × 5 = 4.5: halfway between the fifth and the sixth.
        assert_eq!(
            quantile(&[1.0, 2.0, 3.0, 4.0, 5.0, 7.0], 0.9),
            Measure::Value(6.0)
        );
    }
}
