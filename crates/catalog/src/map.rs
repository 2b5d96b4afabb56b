//! The map of the states from us-atlas's `states-albers-10m.json` (TopoJSON, already
//! projected into a 975×610 box): one SVG path per state, so the browser draws the map with
//! no map library.
//!
//! TopoJSON stores each border once, as an arc of delta-encoded integer points that a
//! `transform` scales into the box; a ring lists its arcs by index, `~i` for arc `i` walked
//! backwards. serde_json reads the format; this module joins the arcs into rings.

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
    let arcs = decode_arcs(&topology);
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
                path.push_str(&ring_path(&clip(&points)));
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

/// A ring as `M x,y l dx dy … z` in whole units of the box. A unit is under a millimetre
/// at the widths the map is shown, and neighbours share their arcs, so rounding leaves no
/// gaps; steps are between rounded points, so errors never add up. Repeated points are
/// dropped, and so is a ring that rounds to less than a triangle (a speck of an island).
fn ring_path(ring: &[Point]) -> String {
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
    if points.len() < 3 {
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
        let path = ring_path(&ring);
        assert_eq!(path, "M826,267l1-2 3 2-2 3z");
        assert_eq!(
            path_points(&path).unwrap()[0],
            [
                (826.0, 267.0),
                (827.0, 265.0),
                (830.0, 267.0),
                (828.0, 270.0)
            ]
        );
        assert_eq!(ring_path(&[(1.0, 1.0), (1.2, 1.1), (0.9, 1.3)]), "");
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
