//! The catalogue built from the committed sources, checked against the committed output and
//! against figures read by hand from `data/sources/oews_may2025_national_state.csv.gz`.

use std::collections::HashSet;
use std::sync::OnceLock;

use catalog::output::{self, Files};
use catalog::{workspace_root, Catalog, Sources};
use role_compare_core::data::occupations::{Occupation, WageBasisKind as Kind};
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
