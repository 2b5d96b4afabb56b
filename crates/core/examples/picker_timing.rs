//! Milliseconds per picker keystroke over the catalogue and a tenfold copy of it, natively.
use role_compare_core::data::checks::decode_catalog;
use role_compare_core::navigation::picker::{best_matches, choices, Choice, Choices};

fn main() {
    let json = std::fs::read_to_string("public/data/occupations.json")
        .expect("run from the workspace root");
    let catalog = decode_catalog("occupations.json", &json).expect("the catalogue decodes");
    let base = choices(&catalog);
    // As the bench builds it: the real catalogue, then nine copies with suffixed titles.
    let tenfold: Choices = (0..10)
        .flat_map(|copy| {
            base.iter().map(move |c| match copy {
                0 => c.clone(),
                _ => {
                    let title = format!("{} (copy {copy})", c.title);
                    Choice::new(&c.slug, &title, c.group.clone(), &title)
                }
            })
        })
        .collect();
    for (name, list) in [("catalogue", &base), ("tenfold", &tenfold)] {
        let start = std::time::Instant::now();
        let mut keys = Vec::new();
        for query in [
            "software developer",
            "nurse practitoner",
            "mechanical",
            "zz top",
            "chief executives",
        ] {
            for end in 1..=query.len() {
                let key = std::time::Instant::now();
                let _ = best_matches(list, &query[..end]);
                keys.push((key.elapsed().as_secs_f64() * 1000.0, &query[..end]));
            }
        }
        let per_key = start.elapsed().as_secs_f64() * 1000.0 / keys.len() as f64;
        // The slowest keys decide the picker's p95 (its fourth slowest of these 67).
        keys.sort_by(|a, b| b.0.total_cmp(&a.0));
        let slowest: Vec<String> = keys[..4]
            .iter()
            .map(|(took, typed)| format!("{took:.3} “{typed}”"))
            .collect();
        println!(
            "{name}: {per_key:.3} ms per keystroke ({} choices); slowest {}",
            list.iter().count(),
            slowest.join(", ")
        );
    }
}
