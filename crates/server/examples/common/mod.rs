//! What the timing examples share: the distinct generated pairs in areas they render.

/// `field` of every object in the list `list` of the JSON file at `path`.
fn field_of_each(path: &str, list: &str, field: &str) -> Vec<String> {
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    json[list]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item[field].as_str().unwrap().to_owned())
        .collect()
}

/// `count` distinct generated pairs, each in an area, spread over the catalogue in `dist`:
/// (path, query) as the server gets them.
pub fn distinct_pairs_in_areas(dist: &str, count: usize) -> Vec<(String, String)> {
    let slugs = field_of_each(
        &format!("{dist}/data/occupations.json"),
        "occupations",
        "slug",
    );
    let keys = field_of_each(&format!("{dist}/data/areas.json"), "areas", "key");
    (0..count)
        .map(|i| {
            let a = &slugs[(i * 7919) % slugs.len()];
            let b = &slugs[(i * 104_729 + 13) % slugs.len()];
            let area = &keys[(i * 31) % keys.len()];
            (format!("/compare/{a}-vs-{b}"), format!("area={area}"))
        })
        .collect()
}
