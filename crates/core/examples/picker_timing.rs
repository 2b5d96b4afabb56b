//! Milliseconds per picker keystroke over the catalogue and a tenfold copy of it, natively.
use role_compare_core::data::checks::decode_catalog;
use role_compare_core::navigation::picker::{best_matches, choices, Choice};

fn main() {
    let json = std::fs::read_to_string("public/data/occupations.json")
        .expect("run from the workspace root");
    let catalog = decode_catalog("occupations.json", &json).expect("the catalogue decodes");
    let base = choices(&catalog);
    // As the bench builds it: the real catalogue, then nine copies with suffixed titles.
    let tenfold: Vec<_> = (0..10)
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
        let mut keystrokes = 0;
        let mut slowest = (0.0, String::new());
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
                let took = key.elapsed().as_secs_f64() * 1000.0;
                if took > slowest.0 {
                    slowest = (took, query[..end].to_owned());
                }
                keystrokes += 1;
            }
        }
        let per_key = start.elapsed().as_secs_f64() * 1000.0 / f64::from(keystrokes);
        println!(
            "{name}: {per_key:.3} ms per keystroke ({} choices); slowest {:.3} ms for “{}”",
            list.len(),
            slowest.0,
            slowest.1
        );
    }
}
