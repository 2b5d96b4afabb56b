//! Finding an occupation by slug. A server render looks up a dozen slugs (the pair, its
//! neighbours, the related roles' titles), and each scan of the 1,016 entries reads 73 KB:
//! the index took 3% off a render's instructions (callgrind), and saves reads that miss the
//! cache under load. So the native build keeps the positions in slug order, built on the
//! first lookup. The app scans: a lookup there is a few microseconds, and the sort would be
//! code in its download.

use crate::data::occupations::CatalogEntry;

/// The positions of a catalogue's occupations in slug order (native builds only). It belongs
/// to one list that is never changed after it is read, as a loaded catalogue is.
#[derive(Debug, Clone, Default)]
pub struct SlugIndex {
    #[cfg(not(target_arch = "wasm32"))]
    by_slug: std::sync::OnceLock<Vec<u32>>,
}

impl SlugIndex {
    /// The position in `entries` of the entry called `slug`.
    pub fn position(&self, entries: &[CatalogEntry], slug: &str) -> Option<usize> {
        #[cfg(not(target_arch = "wasm32"))]
        {
            let by_slug = self.by_slug.get_or_init(|| {
                let mut order: Vec<u32> = (0..entries.len() as u32).collect();
                order.sort_unstable_by(|&x, &y| {
                    entries[x as usize].slug.cmp(&entries[y as usize].slug)
                });
                order
            });
            if by_slug.len() == entries.len() {
                let found = by_slug
                    .binary_search_by(|&i| entries[i as usize].slug.as_str().cmp(slug))
                    .ok();
                return found.map(|at| by_slug[at] as usize);
            }
        }
        entries.iter().position(|entry| entry.slug == slug)
    }
}

/// An index is derived from its list: two catalogues are equal whatever their indexes hold.
impl PartialEq for SlugIndex {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Eq for SlugIndex {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wages::value::WageValue;

    #[test]
    fn finds_every_entry_and_nothing_else() {
        let entries: Vec<CatalogEntry> = ["nurses", "actors", "zoologists", "bakers", "actuaries"]
            .iter()
            .map(|slug| CatalogEntry {
                slug: (*slug).into(),
                title: String::new(),
                minor_group: 0,
                national_median: WageValue::NotPublished,
            })
            .collect();
        let index = SlugIndex::default();
        for (at, entry) in entries.iter().enumerate() {
            assert_eq!(index.position(&entries, &entry.slug), Some(at));
        }
        for absent in ["", "act", "actorz", "zzz", "a"] {
            assert_eq!(index.position(&entries, absent), None);
        }
    }
}
