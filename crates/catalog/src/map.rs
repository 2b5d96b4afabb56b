//! The map of the states from us-atlas's `states-albers-10m.json` (TopoJSON, already
//! projected into a 975×610 box): one SVG path per state, so the browser draws the map with
//! no map library.
//!
//! TopoJSON stores each border once, as an arc of delta-encoded integer points that a
//! `transform` scales into the box; a ring lists its arcs by index, `~i` for arc `i` walked
//! backwards. serde_json reads the format; this module simplifies each arc (so a border two
//! states share stays one line, identical in both) and joins the arcs into rings.

use std::path::Path;

use serde::Deserialize;

use role_compare_core::data::map::{MapState, UsMap};

use crate::areas::usps_of_fips;
use crate::error::{Error, Result};

/// The box the file is projected into (d3's `geoAlbersUsa` as us-atlas uses it).
pub const WIDTH: u32 = 975;
pub const HEIGHT: u32 = 610;

/// The 50 states and DC.
pub const MAP_STATES: usize = 51;

/// How far (in units of the box) a simplified border may stray from the Census Bureau's:
/// each map is shown about 280 to 600 pixels wide (side by side, or one above the other on
/// phones), where 2 units are 0.6 to 1.2 pixels. It takes the file from 37.6 to 10.6 KiB
/// (8.6 to 3.6 KiB brotli; 1.5 units would make it 4.0), and every page with a map inlines
/// two.
pub const TOLERANCE: f64 = 2.0;

#[derive(Debug, Deserialize)]
struct Topology {
    transform: Transform,
    objects: Objects,
    arcs: Vec<Vec<[i64; 2]>>,
}

#[derive(Debug, Deserialize)]
struct Transform {
    scale: [f64; 2],
    translate: [f64; 2],
}

#[derive(Debug, Deserialize)]
struct Objects {
    states: Collection,
}

#[derive(Debug, Deserialize)]
struct Collection {
    geometries: Vec<Geometry>,
}

#[derive(Debug, Deserialize)]
struct Geometry {
    #[serde(flatten)]
    shape: Shape,
    id: String,
    properties: Properties,
}

/// Rings of arc indices: a polygon's outer ring then its holes.
#[derive(Debug, Deserialize)]
#[serde(tag = "type", content = "arcs")]
enum Shape {
    Polygon(Vec<Vec<i64>>),
    MultiPolygon(Vec<Vec<Vec<i64>>>),
}

#[derive(Debug, Deserialize)]
struct Properties {
    name: String,
}

type Point = (f64, f64);

pub fn read(path: &Path) -> Result<UsMap> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Error::new(format!("{}: {e}", path.display())))?;
    us_map(&text).map_err(|e| Error::new(format!("{}: {e}", path.display())))
}

/// The map from the TopoJSON text, states in FIPS order.
pub fn us_map(topojson: &str) -> Result<UsMap> {
    let topology: Topology = serde_json::from_str(topojson)
        .map_err(|e| Error::new(format!("not us-atlas TopoJSON: {e}")))?;
    let arcs = simplified_arcs(&topology)?;
    let mut states = topology
        .objects
        .states
        .geometries
        .iter()
        .map(|geometry| {
            let usps = usps_of_fips(&geometry.id).ok_or_else(|| {
                Error::new(format!(
                    "“{}” ({}) is not a state FIPS code",
                    geometry.id, geometry.properties.name
                ))
            })?;
            let polygons: Vec<&[Vec<i64>]> = match &geometry.shape {
                Shape::Polygon(rings) => vec![rings],
                Shape::MultiPolygon(polygons) => polygons.iter().map(Vec::as_slice).collect(),
            };
            let mut path = String::new();
            for ring in polygons.into_iter().flatten() {
                let points = join_arcs(&arcs, ring)
                    .map_err(|e| Error::new(format!("{}: {e}", geometry.properties.name)))?;
                path.push_str(&ring_path(&rounded(&clip(&points))));
            }
            if path.is_empty() {
                return Err(Error::new(format!(
                    "{} has no shape inside the map",
                    geometry.properties.name
                )));
            }
            Ok(MapState {
                fips: geometry.id.clone(),
                usps: usps.to_owned(),
                name: geometry.properties.name.clone(),
                path,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    states.sort_by(|a, b| a.fips.cmp(&b.fips));
    if states.len() != MAP_STATES || states.windows(2).any(|w| w[0].fips == w[1].fips) {
        return Err(Error::new(format!(
            "expected {MAP_STATES} different states, found {}",
            states.len()
        )));
    }
    Ok(UsMap {
        width: WIDTH,
        height: HEIGHT,
        states,
    })
}

/// Every arc as absolute points in the box: running sums of the deltas, then the transform.
fn decode_arcs(topology: &Topology) -> Vec<Vec<Point>> {
    let Transform { scale, translate } = &topology.transform;
    topology
        .arcs
        .iter()
        .map(|arc| {
            let (mut x, mut y) = (0i64, 0i64);
            arc.iter()
                .map(|[dx, dy]| {
                    x += dx;
                    y += dy;
                    (
                        x as f64 * scale[0] + translate[0],
                        y as f64 * scale[1] + translate[1],
                    )
                })
                .collect()
        })
        .collect()
}

/// Every ring of every state, as arc indices.
fn rings(topology: &Topology) -> impl Iterator<Item = &Vec<i64>> {
    topology
        .objects
        .states
        .geometries
        .iter()
        .flat_map(|geometry| match &geometry.shape {
            Shape::Polygon(rings) => rings.iter().collect::<Vec<_>>(),
            Shape::MultiPolygon(polygons) => polygons.iter().flatten().collect(),
        })
}

/// The arc of a ring's entry (`~i` is arc `i`).
fn arc_index(entry: i64) -> usize {
    usize::try_from(if entry < 0 { !entry } else { entry }).unwrap_or(usize::MAX)
}

/// Every arc simplified by [`TOLERANCE`], end points kept, so that rings still meet where
/// they met. A ring that would no longer be drawn (fewer than three points, or none apart
/// on a line, once rounded) while the Census Bureau's shape is (DC, small islands), gets its
/// arcs simplified less, in every ring that shares them, until it is drawn again.
fn simplified_arcs(topology: &Topology) -> Result<Vec<Vec<Point>>> {
    let original = decode_arcs(topology);
    let mut tolerance = vec![TOLERANCE; original.len()];
    loop {
        let arcs: Vec<Vec<Point>> = original
            .iter()
            .zip(&tolerance)
            .map(|(arc, &tolerance)| simplify(arc, tolerance))
            .collect();
        let mut lost = false;
        for ring in rings(topology) {
            let drawn = |arcs: &[Vec<Point>]| -> Result<bool> {
                Ok(is_drawn(&rounded(&clip(&join_arcs(arcs, ring)?))))
            };
            if drawn(&arcs)? || !drawn(&original)? {
                continue;
            }
            for &entry in ring {
                let tolerance = &mut tolerance[arc_index(entry)];
                if *tolerance > 0.0 {
                    // Halved a few times, then not simplified at all.
                    *tolerance = if *tolerance < 0.1 {
                        0.0
                    } else {
                        *tolerance / 2.0
                    };
                    lost = true;
                }
            }
        }
        if !lost {
            return Ok(arcs);
        }
    }
}

/// Douglas–Peucker: the arc's end points, and every point that strays more than
/// `tolerance` from the line through the points kept either side of it.
fn simplify(arc: &[Point], tolerance: f64) -> Vec<Point> {
    if arc.len() < 3 || tolerance <= 0.0 {
        return arc.to_vec();
    }
    let mut keep = vec![false; arc.len()];
    let last = arc.len() - 1;
    (keep[0], keep[last]) = (true, true);
    let mut spans = vec![(0, last)];
    while let Some((first, last)) = spans.pop() {
        let farthest = (first + 1..last)
            .map(|i| (distance(arc[i], arc[first], arc[last]), i))
            .fold((0.0, first), |a, b| if b.0 > a.0 { b } else { a });
        if farthest.0 > tolerance {
            keep[farthest.1] = true;
            spans.push((first, farthest.1));
            spans.push((farthest.1, last));
        }
    }
    arc.iter()
        .zip(keep)
        .filter_map(|(&point, kept)| kept.then_some(point))
        .collect()
}

/// How far `p` is from the segment `a`–`b` (from `a` when they are one point, as at the
/// ends of an arc that closes on itself).
fn distance(p: Point, a: Point, b: Point) -> f64 {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let length = dx * dx + dy * dy;
    let t = if length == 0.0 {
        0.0
    } else {
        (((p.0 - a.0) * dx + (p.1 - a.1) * dy) / length).clamp(0.0, 1.0)
    };
    (p.0 - a.0 - t * dx).hypot(p.1 - a.1 - t * dy)
}

/// A ring's points from its arcs; consecutive arcs share an end point, kept once.
fn join_arcs(arcs: &[Vec<Point>], ring: &[i64]) -> Result<Vec<Point>> {
    let mut points: Vec<Point> = Vec::new();
    for &index in ring {
        let (position, backwards) = if index < 0 {
            (!index, true)
        } else {
            (index, false)
        };
        let arc = usize::try_from(position)
            .ok()
            .and_then(|i| arcs.get(i))
            .ok_or_else(|| Error::new(format!("arc {index} does not exist")))?;
        let skip = usize::from(!points.is_empty());
        if backwards {
            points.extend(arc.iter().rev().skip(skip));
        } else {
            points.extend(arc.iter().skip(skip));
        }
    }
    Ok(points)
}

/// The part of a ring inside the box (Sutherland–Hodgman, one edge at a time): the western
/// Aleutian Islands lie beyond the left edge, where the box would hide them anyway.
fn clip(ring: &[Point]) -> Vec<Point> {
    let (w, h) = (f64::from(WIDTH), f64::from(HEIGHT));
    // Each edge: is a point inside, and where a segment crosses the edge.
    type Edge = (
        fn(Point, f64, f64) -> bool,
        fn(Point, Point, f64, f64) -> Point,
    );
    let edges: [Edge; 4] = [
        (|p, _, _| p.0 >= 0.0, |a, b, _, _| at_x(a, b, 0.0)),
        (|p, w, _| p.0 <= w, |a, b, w, _| at_x(a, b, w)),
        (|p, _, _| p.1 >= 0.0, |a, b, _, _| at_y(a, b, 0.0)),
        (|p, _, h| p.1 <= h, |a, b, _, h| at_y(a, b, h)),
    ];
    let mut points = ring.to_vec();
    for (inside, cross) in edges {
        let input = std::mem::take(&mut points);
        for (i, &current) in input.iter().enumerate() {
            let previous = input[(i + input.len() - 1) % input.len()];
            match (inside(previous, w, h), inside(current, w, h)) {
                (true, true) => points.push(current),
                (true, false) => points.push(cross(previous, current, w, h)),
                (false, true) => {
                    points.push(cross(previous, current, w, h));
                    points.push(current);
                }
                (false, false) => {}
            }
        }
    }
    points
}

fn at_x(a: Point, b: Point, x: f64) -> Point {
    (x, a.1 + (b.1 - a.1) * (x - a.0) / (b.0 - a.0))
}

fn at_y(a: Point, b: Point, y: f64) -> Point {
    (a.0 + (b.0 - a.0) * (y - a.1) / (b.1 - a.1), y)
}

/// A ring in whole units of the box, without repeated points (nor the closing one). A unit
/// is under a millimetre at the widths the map is shown, and neighbours share their arcs, so
/// rounding leaves no gaps.
fn rounded(ring: &[Point]) -> Vec<(i64, i64)> {
    let mut points: Vec<(i64, i64)> = Vec::with_capacity(ring.len());
    for &(x, y) in ring {
        let point = (x.round() as i64, y.round() as i64);
        if points.last() != Some(&point) {
            points.push(point);
        }
    }
    while points.len() > 1 && points.first() == points.last() {
        points.pop();
    }
    points
}

/// Whether a rounded ring has an area to fill: at least three points, not all on a line.
fn is_drawn(points: &[(i64, i64)]) -> bool {
    let twice_area: i64 = points
        .iter()
        .zip(points.iter().cycle().skip(1))
        .map(|(a, b)| a.0 * b.1 - b.0 * a.1)
        .sum();
    points.len() >= 3 && twice_area != 0
}

/// A rounded ring as `M x,y l dx dy … z`; steps are between rounded points, so errors never
/// add up. A ring with nothing to fill (a speck of an island) is left out.
fn ring_path(points: &[(i64, i64)]) -> String {
    if !is_drawn(points) {
        return String::new();
    }
    let (x, y) = points[0];
    let mut path = format!("M{x},{y}l");
    for (i, pair) in points.windows(2).enumerate() {
        let (dx, dy) = (pair[1].0 - pair[0].0, pair[1].1 - pair[0].1);
        // Numbers are separated by a space, or by the minus sign that starts the next one.
        if i > 0 && dx >= 0 {
            path.push(' ');
        }
        path.push_str(&dx.to_string());
        if dy >= 0 {
            path.push(' ');
        }
        path.push_str(&dy.to_string());
    }
    path.push('z');
    path
}

#[cfg(test)]
mod tests {
    use super::*;
    use role_compare_core::data::map::path_points;

    #[test]
    fn rings_join_arcs_forwards_and_backwards() {
        let arcs = vec![
            vec![(0.0, 0.0), (10.0, 0.0), (10.0, 10.0)],
            vec![(0.0, 0.0), (0.0, 10.0), (10.0, 10.0)],
        ];
        let ring = join_arcs(&arcs, &[0, !1]).unwrap();
        assert_eq!(
            ring,
            [
                (0.0, 0.0),
                (10.0, 0.0),
                (10.0, 10.0),
                (0.0, 10.0),
                (0.0, 0.0)
            ]
        );
        assert!(join_arcs(&arcs, &[2]).is_err());
    }

    #[test]
    fn paths_are_relative_whole_units_that_read_back() {
        let ring = [
            (826.4, 267.2),
            (827.0, 265.3),
            (829.7, 267.2),
            (827.9, 269.9),
            (826.4, 267.2),
        ];
        let path = ring_path(&rounded(&ring));
        assert_eq!(path, "M826,267l1-2 3 2-2 3z");
        assert_eq!(
            path_points(&path).unwrap()[0],
            [(826, 267), (827, 265), (830, 267), (828, 270)]
        );
        assert_eq!(
            ring_path(&rounded(&[(1.0, 1.0), (1.2, 1.1), (0.9, 1.3)])),
            ""
        );
        assert_eq!(
            ring_path(&rounded(&[(1.0, 1.0), (2.0, 2.0), (3.0, 3.0)])),
            "",
            "no area"
        );
    }

    #[test]
    fn simplifying_keeps_the_ends_and_what_strays_beyond_the_tolerance() {
        let arc = [
            (0.0, 0.0),
            (1.0, 0.4),
            (2.0, 0.3),
            (3.0, 5.0),
            (4.0, 0.2),
            (5.0, 0.0),
        ];
        // (2, 0.3) is 1.56 from the line (0, 0)–(3, 5).
        assert_eq!(simplify(&arc, 2.0), [(0.0, 0.0), (3.0, 5.0), (5.0, 0.0)]);
        assert_eq!(
            simplify(&arc, 1.5),
            [(0.0, 0.0), (2.0, 0.3), (3.0, 5.0), (5.0, 0.0)]
        );
        assert_eq!(simplify(&arc, 0.0), arc);
        assert_eq!(simplify(&arc, 10.0), [(0.0, 0.0), (5.0, 0.0)]);
        // An arc that closes on itself (an island) keeps its farthest points.
        let island = [(0.0, 0.0), (4.0, 0.0), (4.0, 4.0), (0.0, 4.0), (0.0, 0.0)];
        assert_eq!(
            simplify(&island, 1.5),
            [(0.0, 0.0), (4.0, 0.0), (4.0, 4.0), (0.0, 4.0), (0.0, 0.0)]
        );
        assert_eq!(distance((1.0, 1.0), (0.0, 0.0), (0.0, 0.0)), 2f64.sqrt());
        assert_eq!(distance((5.0, 1.0), (0.0, 0.0), (2.0, 0.0)), 10f64.sqrt());
    }

    #[test]
    fn a_small_shape_is_simplified_less_rather_than_lost() {
        // Two squares, 1 unit across, sharing arc 1 (the border between them; -2 is arc 1
        // walked backwards): simplified by TOLERANCE, each would be a line.
        let topojson = r#"{"type":"Topology","transform":{"scale":[0.25,0.25],"translate":[100,100]},
            "objects":{"states":{"type":"GeometryCollection","geometries":[
              {"type":"Polygon","arcs":[[0,1]],"id":"11","properties":{"name":"A"}},
              {"type":"Polygon","arcs":[[2,-2]],"id":"10","properties":{"name":"B"}}]}},
            "arcs":[[[4,0],[-1,0],[-1,0],[-1,0],[-1,0],[0,1],[0,1],[0,1],[0,1],[1,0],[1,0],[1,0],[1,0]],
                    [[4,4],[0,-1],[0,-1],[0,-1],[0,-1]],
                    [[4,4],[1,0],[1,0],[1,0],[1,0],[0,-1],[0,-1],[0,-1],[0,-1],[-1,0],[-1,0],[-1,0],[-1,0]]]}"#;
        let topology: Topology = serde_json::from_str(topojson).unwrap();
        let fully = |arc: &Vec<Point>| simplify(arc, TOLERANCE);
        let ring = |arcs: &[Vec<Point>], at: usize| {
            rounded(&join_arcs(arcs, rings(&topology).nth(at).unwrap()).unwrap())
        };
        let lines: Vec<_> = decode_arcs(&topology).iter().map(fully).collect();
        assert!(!is_drawn(&ring(&lines, 0)) && !is_drawn(&ring(&lines, 1)));

        let arcs = simplified_arcs(&topology).unwrap();
        assert_eq!(
            ring(&arcs, 0),
            [(101, 100), (100, 100), (100, 101), (101, 101)]
        );
        assert_eq!(
            ring(&arcs, 1),
            [(101, 101), (102, 101), (102, 100), (101, 100)]
        );
        // The border the two share is still one line, from (101, 101) to (101, 100).
        assert_eq!(arcs[1], [(101.0, 101.0), (101.0, 100.0)]);
    }

    #[test]
    fn clipping_keeps_what_is_inside_the_box() {
        let straddling = [(-10.0, 100.0), (10.0, 100.0), (10.0, 120.0), (-10.0, 120.0)];
        assert_eq!(
            clip(&straddling),
            [(0.0, 100.0), (10.0, 100.0), (10.0, 120.0), (0.0, 120.0)]
        );
        assert!(clip(&[(-20.0, 1.0), (-10.0, 1.0), (-10.0, 5.0)]).is_empty());
    }

    #[test]
    fn reads_a_topology() {
        let topojson = r#"{"type":"Topology","transform":{"scale":[0.5,0.5],"translate":[10,20]},
            "objects":{"states":{"type":"GeometryCollection","geometries":[
              {"type":"Polygon","arcs":[[0]],"id":"11","properties":{"name":"District of Columbia"}}]}},
            "arcs":[[[0,0],[20,0],[0,20],[-20,0],[0,-20]]]}"#;
        let error = us_map(topojson).unwrap_err();
        assert!(
            error
                .to_string()
                .contains("expected 51 different states, found 1"),
            "{error}"
        );
        let topology: Topology = serde_json::from_str(topojson).unwrap();
        let arcs = decode_arcs(&topology);
        assert_eq!(arcs[0][..3], [(10.0, 20.0), (20.0, 20.0), (20.0, 30.0)]);
    }
}
