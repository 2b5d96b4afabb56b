//! The catalogue built from the committed sources, checked against the committed output and
//! against figures read by hand from the OEWS files in `data/sources/` (national and state,
//! metro and nonmetro, national by industry) and against the map's box.

use std::collections::HashSet;
use std::sync::OnceLock;

use catalog::output::{self, Files};
use catalog::{workspace_root, Catalog, Sources};
use role_compare_core::data::areas::{AreaKind, LocalFigures};
use role_compare_core::data::map::path_points;
use role_compare_core::data::occupations::{Occupation, WageBasisKind as Kind};
use role_compare_core::wages::concentration::AreaFigures;
use role_compare_core::wages::value::{AreaWages, WageValue};

use WageValue::{Amount as Number, HourlyOnly, NotPublished as Na, TopCoded as Top};

/// Positions in a row as the occupation files write it (`docs/data-format.md`).
const ANNUAL_MEDIAN: usize = 3;
const HOURLY_MEDIAN: usize = 7;

/// An area's figures as the row the files hold, so checks can name BLS's columns by position.
fn row(wages: &AreaWages) -> [WageValue; 8] {
    (*wages).into()
}

/// Built once per test binary: reading the sources is the slow part.
fn built() -> &'static (Catalog, Files) {
    static BUILT: OnceLock<(Catalog, Files)> = OnceLock::new();
    BUILT.get_or_init(|| {
        let catalog = catalog::build(&Sources::in_workspace(&workspace_root()))
            .unwrap_or_else(|e| panic!("the catalogue does not build: {e}"));
        let files = output::render(&catalog).expect("the catalogue renders");
        (catalog, files)
    })
}

fn catalog() -> &'static Catalog {
    &built().0
}

fn occupation(code: &str) -> &'static Occupation {
    catalog()
        .occupation(code)
        .unwrap_or_else(|| panic!("{code} is not in the catalogue"))
}

fn wages(code: &str, area: &str) -> [WageValue; 8] {
    occupation(code)
        .wages_in(area)
        .map(row)
        .unwrap_or_else(|| panic!("{code} has no figures for {area}"))
}

#[test]
fn committed_files_match_the_builder() {
    let data_dir = workspace_root().join(output::DATA_DIR);
    let differences = output::differences(&data_dir, &built().1).expect("public/data is readable");
    assert!(
        differences.is_empty(),
        "public/data/occupations* is out of date; run `cargo run -p catalog` and commit the result.\n{}",
        differences.join("\n")
    );
}

#[test]
fn software_developers_national_figures_are_the_source_row() {
    // 151252, National: tot_emp 1687890, a_pct10 82460, a_pct25 105210, a_median 135980,
    // a_pct75 171980, a_pct90 214670, a_mean 148100, h_median 65.38.
    let expected = [
        1_687_890, 82_460, 105_210, 135_980, 171_980, 214_670, 148_100, 6_538,
    ]
    .map(Number);
    assert_eq!(wages("15-1252.00", "US"), expected);
    let software = occupation("15-1252.00");
    assert_eq!(software.slug, "software-developers");
    assert_eq!(
        software.major_group,
        "Computer and Mathematical Occupations"
    );
    assert_eq!(software.minor_group, "Computer Occupations");
    let basis = software.wage_basis.as_ref().expect("own wages");
    assert_eq!((basis.soc.as_str(), basis.kind), ("15-1252", Kind::Own));
    let index = &catalog().index;
    let entry = index
        .occupations
        .iter()
        .find(|entry| entry.slug == "software-developers")
        .expect("in the index");
    assert_eq!(entry.national_median, Number(135_980));
    assert_eq!(index.minor_groups[entry.minor_group].code, "15-1200");
}

#[test]
fn actors_have_hourly_figures_only() {
    let actors = occupation("27-2011.00");
    assert!(
        actors.wages.len() > 1,
        "actors are published in several areas"
    );
    for (area, wages) in &actors.wages {
        for (column, value) in row(wages)[1..=6].iter().enumerate() {
            assert!(
                matches!(value, HourlyOnly | Na),
                "actors {area} annual column {column}: {value:?}"
            );
        }
    }
    assert_eq!(wages("27-2011.00", "US")[HOURLY_MEDIAN], Number(2905));
    assert!(actors
        .wages
        .values()
        .any(|wages| matches!(wages.hourly_median, Number(_))));
}

#[test]
fn top_coded_cells_are_top() {
    // Oral and Maxillofacial Surgeons, Alabama: every wage `-` with footnote 5.
    let surgeons = wages("29-1022.00", "AL");
    assert_eq!(surgeons[ANNUAL_MEDIAN], Top);
    assert_eq!(surgeons[HOURLY_MEDIAN], Top);
    assert_eq!(surgeons[0], Number(130));
    // Family Medicine Physicians, South Carolina: the median printed as the cap itself.
    let physicians = wages("29-1215.00", "SC");
    assert_eq!(physicians[ANNUAL_MEDIAN], Top);
    assert_eq!(physicians[HOURLY_MEDIAN], Top);
}

#[test]
fn unpublished_cells_are_na() {
    // Web Developers, Alabama: employment 930, every wage `-` with footnote 8.
    let web = wages("15-1254.00", "AL");
    assert_eq!(web[0], Number(930));
    assert_eq!(web[ANNUAL_MEDIAN], Na);
    assert_eq!(web[HOURLY_MEDIAN], Na);
    // Education Administrators, All Other, Alabama: employment `-` (footnote 8), wages published.
    let administrators = wages("11-9039.00", "AL");
    assert_eq!(administrators[0], Na);
    assert_eq!(administrators[ANNUAL_MEDIAN], Number(94_610));
    assert_eq!(administrators[HOURLY_MEDIAN], Number(4_549));
    // A missing figure is never written as 0.
    for occupation in &catalog().occupations {
        for wages in occupation.wages.values() {
            assert!(
                !row(wages).contains(&Number(0)),
                "{} has a 0",
                occupation.code
            );
        }
    }
}

#[test]
fn wage_basis_kinds() {
    let base = occupation("27-2012.00");
    let specialisation = occupation("27-2012.03");
    let shared = specialisation.wage_basis.as_ref().expect("shared wages");
    assert_eq!(shared.kind, Kind::Shared);
    assert_eq!(shared.soc, "27-2012");
    assert_eq!(shared.title, base.title);
    assert_eq!(specialisation.wages, base.wages);

    let aides = occupation("31-1121.00")
        .wage_basis
        .as_ref()
        .expect("combined wages");
    assert_eq!(aides.kind, Kind::Combined);
    assert_eq!(aides.soc, "31-1120");
    assert_eq!(aides.title, "Home Health and Personal Care Aides");

    let infantry = occupation("55-3016.00");
    assert_eq!(infantry.wage_basis, None);
    assert!(infantry.wages.is_empty());
    assert_eq!(infantry.major_group, "Military Specific Occupations");
    for code in ["11-1031.00", "45-3031.00"] {
        assert_eq!(occupation(code).wage_basis, None, "{code}");
    }
}

#[test]
fn slugs_counts_and_areas() {
    let catalog = catalog();
    assert_eq!(catalog.occupations.len(), 1016);
    assert_eq!(catalog.index.occupations.len(), 1016);
    let mut seen = HashSet::new();
    let slugs = catalog
        .occupations
        .iter()
        .map(|o| &o.slug)
        .chain(catalog.index.curated.iter().map(|c| &c.slug));
    for slug in slugs {
        assert!(!slug.contains("-vs-"), "{slug}");
        assert!(seen.insert(slug), "duplicate slug {slug}");
    }
    assert!(!catalog.index.curated.is_empty());

    let areas = &catalog.index.areas;
    assert_eq!(areas.len(), 55);
    assert_eq!(
        (areas[0].code.as_str(), areas[0].name.as_str()),
        ("US", "National")
    );
    assert!(areas[1..].windows(2).all(|w| w[0].code < w[1].code));
    let codes: Vec<_> = catalog.occupations.iter().map(|o| &o.code).collect();
    assert!(
        codes.windows(2).all(|w| w[0] < w[1]),
        "O*NET-SOC code order"
    );
}

fn local(key: &str) -> &'static LocalFigures {
    catalog()
        .local
        .iter()
        .find(|area| area.key == key)
        .unwrap_or_else(|| panic!("no area file {key}"))
}

/// An area's row as written: the eight wage figures, then jobs per 1,000 and location quotient.
fn local_row(key: &str, soc: &str) -> [WageValue; 10] {
    let figures: AreaFigures = *local(key)
        .figures(soc)
        .unwrap_or_else(|| panic!("{key} has no figures for {soc}"));
    let json = serde_json::to_value(figures).unwrap();
    serde_json::from_value(json).unwrap()
}

#[test]
fn software_developers_in_austin_are_the_source_row() {
    // 0012420 Austin-Round Rock-San Marcos, TX, 151252: tot_emp 31960, a_pct10 96110,
    // a_pct25 104000, a_median 134120, a_pct75 168730, a_pct90 209890, a_mean 143630,
    // h_median 64.48, jobs_1000 24.708, loc_quotient 2.28.
    let expected = [
        31_960, 96_110, 104_000, 134_120, 168_730, 209_890, 143_630, 6_448, 24_708, 228,
    ]
    .map(Number);
    assert_eq!(local_row("austin-tx", "15-1252"), expected);
    let austin = local("austin-tx");
    assert_eq!(austin.name, "Austin-Round Rock-San Marcos, TX");
    assert_eq!(
        (austin.kind, austin.states.as_slice()),
        (AreaKind::Metro, &["TX".to_owned()][..])
    );
    let concentration = austin.figures("15-1252").unwrap().concentration;
    assert_eq!(
        concentration.jobs_per_1000_text().as_deref(),
        Some("24.708")
    );
    assert_eq!(
        concentration.location_quotient_text().as_deref(),
        Some("2.28")
    );
}

#[test]
fn suppressed_metro_cells_are_na() {
    // Austin, Actors (272011): tot_emp 160, every wage `-` with footnote 8, jobs_1000 0.121,
    // loc_quotient 0.34 — not the national "hourly only": BLS withheld these.
    let actors = local_row("austin-tx", "27-2011");
    assert_eq!(actors[0], Number(160));
    assert!(actors[1..8].iter().all(|v| *v == Na), "{actors:?}");
    assert_eq!(actors[8..], [Number(121), Number(34)]);
    // Austin, Property, Real Estate, and Community Association Managers (119141): tot_emp,
    // jobs_1000 and loc_quotient `-` with footnote 8, wages published.
    let managers = local_row("austin-tx", "11-9141");
    assert_eq!(managers[0], Na);
    assert_eq!(managers[ANNUAL_MEDIAN], Number(74_270));
    assert_eq!(managers[HOURLY_MEDIAN], Number(3_571));
    assert_eq!(managers[8..], [Na, Na]);
    // Austin, Musicians and Singers (272042): annual columns `-` with footnote 4.
    let musicians = local_row("austin-tx", "27-2042");
    assert_eq!(musicians[ANNUAL_MEDIAN], HourlyOnly);
    assert_eq!(musicians[HOURLY_MEDIAN], Number(3_149));
    // No area file holds a 0 anywhere.
    for area in &catalog().local {
        for (soc, figures) in &area.occupations {
            let row: [WageValue; 10] =
                serde_json::from_value(serde_json::to_value(figures).unwrap()).unwrap();
            assert!(!row.contains(&Number(0)), "{} {soc} has a 0", area.key);
        }
    }
}

#[test]
fn a_nonmetro_area_has_its_key_state_and_figures() {
    // 0100001 Northwest Alabama nonmetropolitan area, 151252: tot_emp 100, a_median 90660,
    // h_median 43.59, jobs_1000 1.439, loc_quotient 0.13.
    let row = local_row("northwest-alabama-nonmetro", "15-1252");
    assert_eq!(row[0], Number(100));
    assert_eq!(row[ANNUAL_MEDIAN], Number(90_660));
    assert_eq!(row[HOURLY_MEDIAN], Number(4_359));
    assert_eq!(row[8..], [Number(1_439), Number(13)]);
    let area = local("northwest-alabama-nonmetro");
    assert_eq!(area.kind, AreaKind::Nonmetro);
    assert_eq!(area.name, "Northwest Alabama nonmetropolitan area");
    assert_eq!(area.states, ["AL"]);
}

#[test]
fn area_index_groups_areas_by_state_with_unique_keys() {
    let areas = &catalog().areas.areas;
    assert_eq!(areas.len(), 1 + 54 + 393 + 135);
    assert_eq!(
        (areas[0].key.as_str(), areas[0].kind),
        ("US", AreaKind::National)
    );
    let count = |kind| areas.iter().filter(|a| a.kind == kind).count();
    assert_eq!(
        [AreaKind::State, AreaKind::Metro, AreaKind::Nonmetro].map(count),
        [54, 393, 135]
    );
    let mut keys = HashSet::new();
    for area in areas {
        assert!(keys.insert(area.key.as_str()), "{} twice", area.key);
        if area.kind.is_local() {
            // Never a USPS code or `US`, however it is written.
            assert!(
                area.key.contains('-') && area.key == area.key.to_lowercase(),
                "{}",
                area.key
            );
        }
    }
    // Alabama's group: the state, its metros by name, then its nonmetro areas.
    let alabama = areas.iter().position(|a| a.key == "AL").unwrap();
    let group: Vec<_> = areas[alabama..]
        .iter()
        .skip(1)
        .take_while(|a| a.kind != AreaKind::State)
        .collect();
    assert_eq!(group[0].key, "anniston-al");
    let first_nonmetro = group
        .iter()
        .position(|a| a.kind == AreaKind::Nonmetro)
        .unwrap();
    assert!(group[..first_nonmetro]
        .iter()
        .all(|a| a.kind == AreaKind::Metro));
    assert!(group[first_nonmetro..]
        .iter()
        .all(|a| a.kind == AreaKind::Nonmetro));
    // A metro across state lines: under the state BLS files it under, every state named.
    let new_york = catalog().areas.area("new-york-ny-nj").unwrap();
    assert_eq!(new_york.states, ["NY", "NJ"]);
    assert!(catalog().areas.area("austin-tx").is_some());
    // One area file per metro and nonmetro area.
    assert_eq!(catalog().local.len(), 528);
}

#[test]
fn industry_shares_are_of_national_employment() {
    // 151252 in 541000 Professional, Scientific, and Technical Services: 698,420 of the
    // national 1,687,890 (41.38%); then 513000 Publishing Industries, 181,500.
    let industries = occupation("15-1252.00")
        .industries
        .as_ref()
        .expect("industries");
    assert_eq!(industries.employment, 1_687_890);
    let first = &industries.top[0];
    assert_eq!(
        (first.code.as_str(), first.name.as_str(), first.employment),
        (
            "541000",
            "Professional, Scientific, and Technical Services",
            698_420
        )
    );
    assert_eq!(industries.share_basis_points(first.employment), Some(4138));
    assert_eq!(industries.top[1].name, "Publishing Industries");
    assert_eq!(industries.top.len(), 8);
    // Actors: two industries' figures are withheld, and what they hold is said, not guessed.
    let actors = occupation("27-2011.00").industries.as_ref().unwrap();
    assert_eq!(actors.unpublished_industries, 2);
    let listed: u64 = actors.top.iter().map(|i| i.employment).sum();
    assert_eq!(
        listed + actors.other + actors.unpublished,
        actors.employment
    );
    // Specialisations share their base's industries; occupations without wages have none.
    assert_eq!(
        occupation("27-2012.03").industries,
        occupation("27-2012.00").industries
    );
    assert_eq!(occupation("55-3016.00").industries, None);
}

#[test]
fn states_carry_jobs_per_1000_and_location_quotient() {
    // 151252, Washington: jobs_1000 30.141, loc_quotient 2.78; none for the nation.
    let software = occupation("15-1252.00");
    let washington = software.concentration_in("WA").unwrap();
    assert_eq!(washington.jobs_per_1000, Number(30_141));
    assert_eq!(washington.location_quotient_text().as_deref(), Some("2.78"));
    assert!(software.concentration_in("US").is_none());
    assert_eq!(software.concentration.len(), software.wages.len() - 1);
}

#[test]
fn top_areas_rank_jobs_and_pay() {
    let software = occupation("15-1252.00").top_areas.as_ref().unwrap();
    assert_eq!(software.most_jobs[0].key, "new-york-ny-nj");
    assert_eq!(software.most_jobs.len(), 5);
    let jobs: Vec<u64> = software
        .most_jobs
        .iter()
        .map(|a| a.figures.wages.employment.amount().unwrap())
        .collect();
    assert!(jobs.windows(2).all(|w| w[0] >= w[1]), "{jobs:?}");
    assert_eq!(software.best_pay[0].key, "san-jose-ca");
    // Top-coded medians rank above every number.
    let physicians = occupation("29-1215.00").top_areas.as_ref().unwrap();
    assert_eq!(physicians.best_pay[0].figures.wages.annual.median, Top);
    // Actors are paid by the hour: ranked by the hourly median.
    let actors = occupation("27-2011.00").top_areas.as_ref().unwrap();
    let hourly: Vec<u64> = actors
        .best_pay
        .iter()
        .map(|a| a.figures.wages.hourly_median.amount().unwrap())
        .collect();
    assert!(hourly.windows(2).all(|w| w[0] >= w[1]), "{hourly:?}");
}

#[test]
fn the_map_has_every_state_inside_its_box() {
    let map = &catalog().us_map;
    assert_eq!((map.width, map.height), (975, 610));
    assert_eq!(map.states.len(), 51);
    for state in &map.states {
        assert!(!state.path.is_empty(), "{}", state.name);
        let rings = path_points(&state.path).unwrap_or_else(|e| panic!("{}: {e}", state.name));
        // Whole map units, so finite by construction; inside the box.
        for &(x, y) in rings.iter().flatten() {
            assert!(
                (0..=975).contains(&x) && (0..=610).contains(&y),
                "{} ({x}, {y})",
                state.name
            );
        }
    }
    let texas = map.state("TX").unwrap();
    assert_eq!((texas.fips.as_str(), texas.name.as_str()), ("48", "Texas"));
    assert!(map.state("DC").is_some() && map.state("PR").is_none());
}

#[test]
fn building_twice_gives_the_same_bytes() {
    let again = catalog::build(&Sources::in_workspace(&workspace_root())).unwrap();
    assert_eq!(output::render(&again).unwrap(), built().1);
}
