//! The map of the states (`us-states.json`): one SVG path per state, drawn at build time from
//! the Census Bureau's boundaries so that the browser needs no map library.

use serde::{Deserialize, Serialize};

/// The credit the map must carry wherever it is shown.
pub const MAP_CREDIT: &str = "Map: U.S. Census Bureau cartographic boundary files, via us-atlas.";

/// One state (or DC) on the map.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MapState {
    /// State FIPS code (`48`).
    pub fips: String,
    /// USPS code (`TX`): the key of the state's figures in `occupations/<slug>.json`.
    pub usps: String,
    pub name: String,
    /// SVG path data in the map's coordinates: `M x,y` then relative `l` steps, `z` closing
    /// each ring, whole units (see [`path_points`]).
    pub path: String,
}

/// `us-states.json`: the 50 states and DC, Albers USA (Alaska and Hawaii inset), in a
/// `width` × `height` box (`viewBox="0 0 975 610"`). Guam, Puerto Rico and the Virgin
/// Islands are not on it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UsMap {
    pub width: u32,
    pub height: u32,
    /// In FIPS order.
    pub states: Vec<MapState>,
}

impl UsMap {
    pub fn state(&self, usps: &str) -> Option<&MapState> {
        self.states.iter().find(|state| state.usps == usps)
    }
}

/// The absolute points of a path in the form the catalogue writes: rings of `M x,y`, then
/// `l` with relative steps (numbers separated by `,`, a space, or the minus sign of the
/// next number), each ring closed by `z`, every number a whole map unit. Anything else is an
/// error, so a check can prove a path inside its box without an SVG library (and without
/// floating point, which would cost the app's download more than all the rest).
pub fn path_points(d: &str) -> Result<Vec<Vec<(i64, i64)>>, String> {
    let mut rings: Vec<Vec<(i64, i64)>> = Vec::new();
    let mut rest = d;
    while !rest.is_empty() {
        let ring = rest
            .strip_prefix('M')
            .ok_or_else(|| format!("a ring should start with `M` at “{}”", head(rest)))?;
        let end = ring
            .find('z')
            .ok_or_else(|| "a ring is not closed with `z`".to_owned())?;
        let (body, after) = (&ring[..end], &ring[end + 1..]);
        let (start, steps) = body.split_once('l').unwrap_or((body, ""));
        let numbers = |text: &str| -> Result<Vec<i64>, String> {
            split_numbers(text)
                .into_iter()
                .map(|n| {
                    n.parse::<i32>()
                        .map(i64::from)
                        .map_err(|_| format!("“{n}” is not a whole number"))
                })
                .collect()
        };
        let start = numbers(start)?;
        let [x, y] = start[..] else {
            return Err(format!("`M` takes one point, not “{}”", head(body)));
        };
        let steps = numbers(steps)?;
        if steps.len() % 2 != 0 {
            return Err("an `l` has an odd count of numbers".to_owned());
        }
        let mut points = vec![(x, y)];
        for step in steps.chunks(2) {
            let (px, py) = points[points.len() - 1];
            points.push((px + step[0], py + step[1]));
        }
        rings.push(points);
        rest = after;
    }
    if rings.is_empty() {
        return Err("the path is empty".to_owned());
    }
    Ok(rings)
}

/// Numbers written one after another: `1,-2 3-4` → `1`, `-2`, `3`, `-4`.
fn split_numbers(text: &str) -> Vec<&str> {
    let mut numbers = Vec::new();
    let mut start = None;
    for (i, ch) in text.char_indices() {
        match ch {
            ',' | ' ' => {
                if let Some(s) = start.take() {
                    numbers.push(&text[s..i]);
                }
            }
            '-' => {
                if let Some(s) = start.replace(i) {
                    numbers.push(&text[s..i]);
                }
            }
            _ => {
                start.get_or_insert(i);
            }
        }
    }
    if let Some(s) = start {
        numbers.push(&text[s..]);
    }
    numbers
}

fn head(text: &str) -> &str {
    let end = text
        .char_indices()
        .nth(12)
        .map_or(text.len(), |(index, _)| index);
    &text[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_read_back_as_absolute_points() {
        let rings = path_points("M826,267l1-2 3,2-2 3zM10,10l5 0 0 5z").unwrap();
        assert_eq!(rings[0], [(826, 267), (827, 265), (830, 267), (828, 270)]);
        assert_eq!(rings[1], [(10, 10), (15, 10), (15, 15)]);
        assert!(path_points("M1.5,2l-0.5-1z").is_err(), "whole units only");
    }

    #[test]
    fn anything_else_is_refused() {
        for bad in [
            "",
            "M1,2",
            "M1,2l3z",
            "L1,2z",
            "M1,2l3,NaNz",
            "M1,2,3z",
            "M1,2l1e999 1z",
        ] {
            assert!(path_points(bad).is_err(), "{bad:?}");
        }
    }
}
