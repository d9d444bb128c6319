//! One page of a long list: a county's lists run to thousands, and a phone shows a page of them.

/// Page `page` of a list, with how many pages and items there are in all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Page<T> {
    pub items: Vec<T>,
    /// Counting from 1; a page past the end gives the last page, one before the first the first.
    pub page: i64,
    pub pages: i64,
    pub total: i64,
}

impl<T> Page<T> {
    /// The page actually shown for a wanted `page`, and the number of pages, for `total` items.
    pub fn bounds(page: i64, per_page: i64, total: i64) -> (i64, i64) {
        let per_page = per_page.max(1);
        let pages = (total.saturating_add(per_page - 1) / per_page).max(1);
        (page.clamp(1, pages), pages)
    }

    /// Page `page` of a list already in memory (one filtered after the query, say).
    pub fn of(all: Vec<T>, page: i64, per_page: i64) -> Page<T> {
        let per_page = per_page.max(1);
        let total = all.len() as i64;
        let (page, pages) = Self::bounds(page, per_page, total);
        let items = all
            .into_iter()
            .skip(((page - 1) * per_page) as usize)
            .take(per_page as usize)
            .collect();
        Page {
            items,
            page,
            pages,
            total,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Page;

    #[test]
    fn a_page_past_either_end_is_the_nearest_one() {
        let page = Page::of((1..=45).collect::<Vec<i32>>(), 3, 20);
        assert_eq!((page.page, page.pages, page.total), (3, 3, 45));
        assert_eq!(page.items, (41..=45).collect::<Vec<_>>());
        assert_eq!(Page::of((1..=45).collect::<Vec<i32>>(), 99, 20).page, 3);
        assert_eq!(Page::of((1..=45).collect::<Vec<i32>>(), -5, 20).items[0], 1);
        let empty = Page::of(Vec::<i32>::new(), 2, 20);
        assert_eq!((empty.page, empty.pages, empty.total), (1, 1, 0));
        assert_eq!(Page::<()>::bounds(1, 0, 5), (1, 5));
    }
}
