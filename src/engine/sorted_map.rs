//! A map kept as a list sorted by key, for the app's small maps (a
//! scenario's source notes, the form's drafts).
//!
//! `BTreeMap` would do, but each key and value type gets its own copy of its
//! node code, about 5–9 KB of wasm apiece (issue 6, the size budget); a
//! sorted `Vec` needs a binary search and an insert. Lookups are O(log n);
//! inserting in key order is O(1), in any other order O(n) each, which is
//! why callers keep these maps small (sources are limited to
//! `validate::MAX_SOURCES`, and checked before they are built).

use std::borrow::Borrow;
use std::ops::Index;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SortedMap<K, V> {
    entries: Vec<(K, V)>,
}

impl<K, V> Default for SortedMap<K, V> {
    fn default() -> Self {
        Self::new()
    }
}

impl<K, V> SortedMap<K, V> {
    pub const fn new() -> Self {
        Self {
            entries: Vec::new(),
        }
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn clear(&mut self) {
        self.entries.clear();
    }

    /// Entries in key order.
    pub fn iter(&self) -> impl Iterator<Item = (&K, &V)> {
        self.into_iter()
    }

    pub fn keys(&self) -> impl Iterator<Item = &K> {
        self.entries.iter().map(|(k, _)| k)
    }

    pub fn values(&self) -> impl Iterator<Item = &V> {
        self.entries.iter().map(|(_, v)| v)
    }

    pub fn retain(&mut self, mut keep: impl FnMut(&K, &mut V) -> bool) {
        self.entries.retain_mut(|(k, v)| keep(k, v));
    }
}

impl<K: Ord, V> SortedMap<K, V> {
    fn find<Q: Ord + ?Sized>(&self, key: &Q) -> Result<usize, usize>
    where
        K: Borrow<Q>,
    {
        self.entries.binary_search_by(|(k, _)| k.borrow().cmp(key))
    }

    pub fn get<Q: Ord + ?Sized>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
    {
        self.find(key).ok().map(|i| &self.entries[i].1)
    }

    pub fn contains_key<Q: Ord + ?Sized>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        self.find(key).is_ok()
    }

    /// Sets `key` to `value`; the value it had, if any.
    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        match self.find(&key) {
            Ok(i) => Some(std::mem::replace(&mut self.entries[i].1, value)),
            Err(i) => {
                self.entries.insert(i, (key, value));
                None
            }
        }
    }

    pub fn remove<Q: Ord + ?Sized>(&mut self, key: &Q) -> Option<V>
    where
        K: Borrow<Q>,
    {
        self.find(key).ok().map(|i| self.entries.remove(i).1)
    }
}

impl<K: Ord, V> Extend<(K, V)> for SortedMap<K, V> {
    /// Later entries win over earlier ones with the same key.
    fn extend<I: IntoIterator<Item = (K, V)>>(&mut self, entries: I) {
        for (k, v) in entries {
            self.insert(k, v);
        }
    }
}

impl<K: Ord, V> FromIterator<(K, V)> for SortedMap<K, V> {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(entries: I) -> Self {
        let mut map = Self::new();
        map.extend(entries);
        map
    }
}

impl<K, V> IntoIterator for SortedMap<K, V> {
    type Item = (K, V);
    type IntoIter = std::vec::IntoIter<(K, V)>;

    /// Entries in key order.
    fn into_iter(self) -> Self::IntoIter {
        self.entries.into_iter()
    }
}

impl<'a, K, V> IntoIterator for &'a SortedMap<K, V> {
    type Item = (&'a K, &'a V);
    type IntoIter = std::iter::Map<std::slice::Iter<'a, (K, V)>, fn(&'a (K, V)) -> (&'a K, &'a V)>;

    fn into_iter(self) -> Self::IntoIter {
        self.entries.iter().map(|(k, v)| (k, v))
    }
}

impl<K: Ord + Borrow<Q>, Q: Ord + ?Sized, V> Index<&Q> for SortedMap<K, V> {
    type Output = V;

    /// Panics when `key` is missing, like `BTreeMap`'s; for tests.
    fn index(&self, key: &Q) -> &V {
        self.get(key).expect("key in map")
    }
}

#[cfg(test)]
mod tests {
    use super::SortedMap;

    #[test]
    fn keeps_entries_in_key_order_whatever_the_insertion_order() {
        let mut map = SortedMap::new();
        for (k, v) in [("c", 3), ("a", 1), ("b", 2)] {
            assert_eq!(map.insert(k.to_string(), v), None);
        }
        let keys: Vec<&str> = map.keys().map(String::as_str).collect();
        assert_eq!(keys, ["a", "b", "c"]);
        let values: Vec<i32> = map.values().copied().collect();
        assert_eq!(values, [1, 2, 3]);
        assert_eq!(map.len(), 3);
    }

    #[test]
    fn insert_replaces_and_returns_the_old_value() {
        let mut map: SortedMap<String, i32> = [("x".to_string(), 1)].into_iter().collect();
        assert_eq!(map.insert("x".to_string(), 2), Some(1));
        assert_eq!(map.len(), 1);
        assert_eq!(map["x"], 2);
    }

    #[test]
    fn get_contains_and_remove_by_borrowed_key() {
        let mut map: SortedMap<String, i32> = [("b".to_string(), 2), ("a".to_string(), 1)]
            .into_iter()
            .collect();
        assert_eq!(map.get("a"), Some(&1));
        assert_eq!(map.get("z"), None);
        assert!(map.contains_key("b"));
        assert_eq!(map.remove("a"), Some(1));
        assert_eq!(map.remove("a"), None);
        assert!(!map.contains_key("a"));
        assert_eq!(map.len(), 1);
    }

    #[test]
    fn extend_lets_the_later_entry_win() {
        let mut map: SortedMap<u8, &str> = SortedMap::new();
        map.extend([(2, "two"), (1, "one"), (2, "deux")]);
        let entries: Vec<(u8, &str)> = map.into_iter().collect();
        assert_eq!(entries, [(1, "one"), (2, "deux")]);
    }

    #[test]
    fn retain_and_clear() {
        let mut map: SortedMap<u8, u8> = (0..10).map(|i| (i, i * i)).collect();
        map.retain(|k, v| {
            *v += 1;
            k % 3 == 0
        });
        // Kept: 0, 3, 6, 9, each square plus one.
        let entries: Vec<(&u8, &u8)> = (&map).into_iter().collect();
        assert_eq!(entries, [(&0, &1), (&3, &10), (&6, &37), (&9, &82)]);
        map.clear();
        assert!(map.is_empty());
    }

    #[test]
    fn equal_when_the_entries_are_equal_whatever_the_insertion_order() {
        let a: SortedMap<u8, u8> = [(1, 1), (2, 2)].into_iter().collect();
        let b: SortedMap<u8, u8> = [(2, 2), (1, 1)].into_iter().collect();
        assert_eq!(a, b);
    }
}
