//! The crate's one sort.

/// Sorts `items` by `key`, equal keys in their order. The crate's one sort: each sort of a
/// type of its own would add a copy of the standard library's sort to the wasm.
pub fn sort_by_key<T>(items: &mut Vec<T>, key: impl Fn(&T) -> (usize, usize)) {
    let mut keys: Vec<(usize, usize, usize)> = items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let (a, b) = key(item);
            (a, b, i)
        })
        .collect();
    keys.sort_unstable();
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(keys.iter().filter_map(|&(_, _, i)| slots[i].take()));
}
