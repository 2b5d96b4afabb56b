//! Reading each kind of data file: serde decoding ([`decode`]) plus the rules a type cannot
//! express (slugs, references, one editorial chain, plausible figures), every broken rule
//! listed in one message that names the file and the field.

use std::collections::HashSet;

use crate::data::areas::{AreaIndex, AreaKind, LocalFigures, RankedArea};
use crate::data::articles::{article_title, Article, ArticleIndex, Role};
use crate::data::decode::{brief, decode, decode_built, DataError, Problem};
use crate::data::industries::Industries;
use crate::data::map::{path_points, UsMap};
use crate::data::occupations::{Catalog, Occupation, NATIONAL};
use crate::navigation::sections::Section;
use crate::navigation::slug::{
    contains_pair_separator, is_valid_slug, slugify, PairSlug, PAIR_SEPARATOR,
};
use crate::wages::concentration::{AreaFigures, Concentration};
use crate::wages::value::{AreaWages, WageValue};

/// The longest title or other one-line text a file may hold, in characters.
pub const MAX_LINE_CHARS: usize = 200;
/// The longest paragraph a file may hold, in characters.
pub const MAX_PARAGRAPH_CHARS: usize = 3_000;
/// More people than the United States employs: an employment figure above it is a typo.
const MAX_EMPLOYMENT: u64 = 200_000_000;
/// Ten times the highest annual wage OEWS publishes; above it a figure is a typo.
const MAX_ANNUAL_USD: u64 = 10_000_000;
/// The same bound an hour (2,080 hours a year), in cents.
const MAX_HOURLY_CENTS: u64 = MAX_ANNUAL_USD * 100 / 2_080;
/// Every job in an area, in thousandths of a job per 1,000.
const MAX_JOBS_PER_1000: u64 = 1_000_000;
/// A location quotient of 1,000 (in hundredths); the highest OEWS publishes is under 400.
const MAX_LOCATION_QUOTIENT: u64 = 100_000;

/// Characters that take no space and show nothing: zero-width spaces and joiners, the byte
/// order mark, soft hyphens and the marks, embeddings, overrides and isolates that steer
/// right-to-left text. A text made only of these (and white space) says nothing, so it is
/// empty; with letters among them it is text like any other (Arabic and Hebrew need the
/// marks). A short explicit list rather than a Unicode table: these are the ones an editor
/// or a copy from a web page leaves behind.
pub const INVISIBLE: [char; 20] = [
    '\u{00AD}', // soft hyphen
    '\u{034F}', // combining grapheme joiner
    '\u{061C}', // Arabic letter mark
    '\u{180E}', // Mongolian vowel separator
    '\u{200B}', // zero width space
    '\u{200C}', // zero width non-joiner
    '\u{200D}', // zero width joiner
    '\u{200E}', // left-to-right mark
    '\u{200F}', // right-to-left mark
    '\u{202A}', // left-to-right embedding
    '\u{202B}', // right-to-left embedding
    '\u{202C}', // pop directional formatting
    '\u{202D}', // left-to-right override
    '\u{202E}', // right-to-left override
    '\u{2060}', // word joiner
    '\u{2066}', // left-to-right isolate
    '\u{2067}', // right-to-left isolate
    '\u{2068}', // first strong isolate
    '\u{2069}', // pop directional isolate
    '\u{FEFF}', // zero width no-break space (byte order mark)
];

/// Whether `value` shows nothing: only white space and [`INVISIBLE`] characters.
pub fn is_blank(value: &str) -> bool {
    value
        .chars()
        .all(|c| c.is_whitespace() || INVISIBLE.contains(&c))
}

/// Collects every problem of a file so that one read reports them all.
#[derive(Default)]
struct Findings(Vec<String>);

impl Findings {
    fn check(&mut self, ok: bool, message: impl FnOnce() -> String) {
        if !ok {
            self.0.push(message());
        }
    }

    fn length(&mut self, field: &str, value: &str, max: usize) {
        let chars = value.chars().count();
        self.check(chars <= max, || {
            format!("`{field}` is {chars} characters long; the most allowed is {max}")
        });
    }

    /// A one-line text: a title, a subtitle, a source.
    fn text(&mut self, field: &str, value: &str) {
        self.check(!is_blank(value), || format!("`{field}` is empty"));
        self.length(field, value, MAX_LINE_CHARS);
    }

    fn paragraphs(&mut self, field: &str, values: &[String]) {
        self.check(!values.is_empty(), || format!("`{field}` has no entries"));
        for (index, value) in values.iter().enumerate() {
            self.check(!is_blank(value), || {
                format!("`{field}` entry {} is empty", index + 1)
            });
            self.length(&format!("{field}[{index}]"), value, MAX_PARAGRAPH_CHARS);
        }
    }

    fn role_slug(&mut self, field: &str, slug: &str) {
        self.check(is_valid_slug(slug), || {
            format!("`{field}` “{slug}” is not a valid slug (lowercase letters, digits and single dashes)")
        });
        self.check(!contains_pair_separator(slug), || {
            format!("`{field}` “{slug}” contains “{PAIR_SEPARATOR}”")
        });
    }

    /// Amounts far beyond anything OEWS publishes (its highest annual percentile is under
    /// $1 million) are typos or hostile data, not figures to show.
    fn area_wages(&mut self, field: &str, wages: &AreaWages) {
        let over = |value: WageValue, max: u64| value.amount().is_some_and(|amount| amount > max);
        // Row positions 1–6: the five percentiles, then the mean (see `AreaWages`).
        let annual = wages.annual.values().into_iter().chain([wages.annual_mean]);
        for (offset, value) in annual.enumerate() {
            self.check(!over(value, MAX_ANNUAL_USD), || {
                format!(
                    "`{field}[{}]` is more than $10,000,000 a year, which no OEWS figure is",
                    offset + 1
                )
            });
        }
        self.check(!over(wages.hourly_median, MAX_HOURLY_CENTS), || {
            format!("`{field}[7]` is more than {MAX_HOURLY_CENTS} cents an hour, which no OEWS figure is")
        });
        self.check(!over(wages.employment, MAX_EMPLOYMENT), || {
            format!("`{field}[0]` is more people than the country employs")
        });
    }

    /// Jobs per 1,000 and location quotient at positions `first` and `first + 1` of `field`:
    /// a published decimal or "na", nothing else, and not beyond what can be.
    fn concentration(&mut self, field: &str, c: &Concentration, first: usize) {
        let values = [
            (c.jobs_per_1000, MAX_JOBS_PER_1000, "jobs per 1,000"),
            (
                c.location_quotient,
                MAX_LOCATION_QUOTIENT,
                "location quotient",
            ),
        ];
        for (offset, (value, max, what)) in values.into_iter().enumerate() {
            let at = first + offset;
            match value {
                WageValue::Amount(amount) => self.check(amount <= max, || {
                    format!("`{field}[{at}]` is a {what} beyond what any area can have")
                }),
                WageValue::NotPublished => {}
                other => self.0.push(format!(
                    "`{field}[{at}]` is {other:?}; a {what} is a number or \"na\""
                )),
            }
        }
    }

    /// A row of ten: the eight wage figures, then the concentration.
    fn area_figures(&mut self, field: &str, figures: &AreaFigures) {
        self.area_wages(field, &figures.wages);
        self.concentration(field, &figures.concentration, 8);
    }

    /// `US`, a USPS code, or a metro/nonmetro key: the ways an area is named.
    fn state_code(&mut self, field: &str, code: &str) {
        self.check(is_state_code(code), || {
            format!("`{field}` “{code}” is not a USPS code")
        });
    }

    fn ranked_areas(&mut self, field: &str, areas: &[RankedArea]) {
        for (index, area) in areas.iter().enumerate() {
            let at = format!("{field}[{index}]");
            self.check(is_local_key(&area.key), || {
                format!("`{at}.key` “{}” is not a metro or nonmetro key", area.key)
            });
            self.text(&format!("{at}.name"), &area.name);
            self.area_figures(&format!("{at}.figures"), &area.figures);
        }
    }

    fn industries(&mut self, field: &str, industries: &Industries) {
        self.check(industries.employment > 0, || {
            format!("`{field}.employment` is 0")
        });
        for (index, industry) in industries.top.iter().enumerate() {
            let at = format!("{field}.top[{index}]");
            self.check(
                industry.code.len() == 6
                    && industry.code.bytes().all(|b| b.is_ascii_alphanumeric()),
                || {
                    format!(
                        "`{at}.code` “{}” is not an OEWS industry code",
                        industry.code
                    )
                },
            );
            self.text(&format!("{at}.name"), &industry.name);
            self.check(industry.employment > 0, || {
                format!("`{at}.employment` is 0")
            });
            self.check(industry.employment <= industries.employment, || {
                format!("`{at}.employment` is more than the occupation's national employment")
            });
        }
        let ordered = industries
            .top
            .windows(2)
            .all(|w| w[0].employment >= w[1].employment);
        self.check(ordered, || format!("`{field}.top` is not most jobs first"));
    }

    fn into_result<T>(self, file: &str, value: T) -> Result<T, DataError> {
        if self.0.is_empty() {
            Ok(value)
        } else {
            // A finding quotes the value it is about, which may be a 10 MB string.
            let found = self.0.into_iter().map(brief).collect();
            Err(DataError::new(file, Problem::Invalid(found)))
        }
    }
}

/// Checks a role decoded from `file`, which the app asked for as `expected_slug`.
pub fn validate_role(file: &str, expected_slug: &str, role: Role) -> Result<Role, DataError> {
    let mut found = Findings::default();
    found.role_slug("slug", &role.slug);
    found.check(role.slug == expected_slug, || {
        format!(
            "`slug` is “{}” but the file is for “{expected_slug}”",
            role.slug
        )
    });
    found.text("title", &role.title);
    let from_title = slugify(&role.title);
    found.check(from_title == role.slug, || {
        format!(
            "`slug` “{}” does not match the title (expected “{from_title}”)",
            role.slug
        )
    });
    found.paragraphs("summary", &role.summary);
    for section in Section::ALL.into_iter().filter(|s| *s != Section::Salary) {
        found.paragraphs(section.id(), role.points(section));
    }
    found.check(role.salary.annual_usd > 0, || {
        "`salary.annual_usd` is 0".into()
    });
    found.check(role.salary.annual_usd <= MAX_ANNUAL_USD, || {
        "`salary.annual_usd` is more than $10,000,000 a year, which no salary figure is".into()
    });
    found.text("salary.source", &role.salary.source);
    found.check((1990..=2100).contains(&role.salary.year), || {
        format!("`salary.year` {} is not a plausible year", role.salary.year)
    });
    if let Some(occupation) = &role.occupation {
        found.check(is_valid_slug(occupation), || {
            format!("`occupation` “{occupation}” is not an occupation slug like producers-and-directors")
        });
    }
    found.into_result(file, role)
}

/// Decodes and checks `roles/<slug>.json`.
pub fn decode_role(file: &str, expected_slug: &str, json: &str) -> Result<Role, DataError> {
    validate_role(file, expected_slug, decode(file, json)?)
}

/// Checks an article decoded from `file`, which the app asked for as `expected`.
pub fn validate_article(
    file: &str,
    expected: &PairSlug,
    article: Article,
) -> Result<Article, DataError> {
    let mut found = Findings::default();
    found.role_slug("role_a", &article.role_a);
    found.role_slug("role_b", &article.role_b);
    found.check(article.role_a != article.role_b, || {
        "`role_a` and `role_b` are the same role".into()
    });
    found.check(&article.pair() == expected, || {
        format!(
            "it is the article for “{}”, not “{expected}”",
            article.pair()
        )
    });
    found.text("title", &article.title);
    found.text("subtitle", &article.subtitle);
    found.paragraphs("intro", &article.intro);
    for section in Section::ALL {
        found.paragraphs(
            &format!("sections.{}", section.id()),
            article.sections.get(section),
        );
    }
    found.into_result(file, article)
}

/// Checks that the roles an article names have files: `has_role` says whether a role's file
/// exists (the app learns it from a 404, the tools from the folder). A missing one is the
/// article's fault, so the error names the article.
pub fn check_article_roles(
    file: &str,
    article: &Article,
    has_role: impl Fn(&str) -> bool,
) -> Result<(), DataError> {
    match [&article.role_a, &article.role_b]
        .into_iter()
        .find(|slug| !has_role(slug))
    {
        Some(slug) => Err(DataError::new(file, Problem::UnknownRole(slug.clone()))),
        None => Ok(()),
    }
}

/// Checks that the closest occupation a role names has a file, as [`check_article_roles`]
/// does for an article's roles; the error names the role.
pub fn check_role_occupation(
    file: &str,
    role: &Role,
    has_occupation: impl Fn(&str) -> bool,
) -> Result<(), DataError> {
    match role.occupation.as_deref() {
        Some(slug) if !has_occupation(slug) => Err(DataError::new(
            file,
            Problem::UnknownOccupation(slug.to_owned()),
        )),
        _ => Ok(()),
    }
}

/// Decodes and checks `articles/<pair>.json`.
pub fn decode_article(file: &str, expected: &PairSlug, json: &str) -> Result<Article, DataError> {
    validate_article(file, expected, decode(file, json)?)
}

/// Decodes and checks `occupations/<slug>.json`.
pub fn decode_occupation(
    file: &str,
    expected_slug: &str,
    json: &str,
) -> Result<Occupation, DataError> {
    let occupation: Occupation = decode_built(file, json)?;
    let mut found = Findings::default();
    found.role_slug("slug", &occupation.slug);
    found.check(occupation.slug == expected_slug, || {
        format!(
            "`slug` is “{}” but the file is for “{expected_slug}”",
            occupation.slug
        )
    });
    found.text("title", &occupation.title);
    found.check(!is_blank(&occupation.description), || {
        "`description` is empty".into()
    });
    found.length("description", &occupation.description, MAX_PARAGRAPH_CHARS);
    for (area, wages) in &occupation.wages {
        found.area_wages(&format!("wages.{area}"), wages);
    }
    for (state, concentration) in &occupation.concentration {
        let field = format!("concentration.{state}");
        found.state_code(&field, state);
        found.check(occupation.wages.contains_key(state), || {
            format!("`{field}` is for an area without wages")
        });
        found.concentration(&field, concentration, 0);
    }
    if let Some(industries) = &occupation.industries {
        found.industries("industries", industries);
    }
    if let Some(top) = &occupation.top_areas {
        found.ranked_areas("top_areas.most_jobs", &top.most_jobs);
        found.ranked_areas("top_areas.best_pay", &top.best_pay);
    }
    found.into_result(file, occupation)
}

/// Decodes and checks `occupations.json`: slugs valid and unique, group numbers that point
/// at groups, curated roles pointing at occupations that exist.
pub fn decode_catalog(file: &str, json: &str) -> Result<Catalog, DataError> {
    let catalog: Catalog = decode_built(file, json)?;
    let mut found = Findings::default();
    found.check(!catalog.occupations.is_empty(), || {
        "`occupations` is empty".into()
    });
    found.check(
        catalog.areas.first().is_some_and(|a| a.code == NATIONAL),
        || "`areas` should start with the national area “US”".into(),
    );
    for (index, group) in catalog.minor_groups.iter().enumerate() {
        found.check(group.major < catalog.major_groups.len(), || {
            format!(
                "`minor_groups[{index}].major` {} is not a major group",
                group.major
            )
        });
    }
    for (index, entry) in catalog.occupations.iter().enumerate() {
        found.check(entry.minor_group < catalog.minor_groups.len(), || {
            format!(
                "`occupations[{index}].minor_group` {} is not a minor group",
                entry.minor_group
            )
        });
    }
    // A set, not a list searched for each slug: that was 540,000 comparisons for the
    // catalogue's 1,040 slugs, the largest part of decoding it on a phone.
    let mut slugs: HashSet<&str> =
        HashSet::with_capacity(catalog.occupations.len() + catalog.curated.len());
    let all = catalog
        .occupations
        .iter()
        .map(|o| o.slug.as_str())
        .chain(catalog.curated.iter().map(|c| c.slug.as_str()));
    for slug in all {
        found.role_slug("slug", slug);
        found.check(slugs.insert(slug), || {
            format!("the slug “{slug}” is used twice")
        });
    }
    for role in &catalog.curated {
        if let Some(occupation) = &role.occupation {
            found.check(catalog.occupation(occupation).is_some(), || {
                format!(
                    "the curated role “{}” names the unknown occupation “{occupation}”",
                    role.slug
                )
            });
        }
    }
    found.into_result(file, catalog)
}

/// A USPS code as the files write it: two capital letters.
fn is_state_code(code: &str) -> bool {
    code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase())
}

/// A metro or nonmetro key: a slug with at least one dash, so never `US` or a USPS code
/// however it is capitalised.
fn is_local_key(key: &str) -> bool {
    is_valid_slug(key) && key.contains('-')
}

/// The key rule each kind of area follows (`docs/data-format.md`, "Area keys").
fn key_fits_kind(key: &str, kind: AreaKind) -> bool {
    match kind {
        AreaKind::National => key == NATIONAL,
        AreaKind::State => is_state_code(key) && key != NATIONAL,
        AreaKind::Metro => is_local_key(key) && !key.ends_with(NONMETRO_SUFFIX),
        AreaKind::Nonmetro => is_local_key(key) && key.ends_with(NONMETRO_SUFFIX),
    }
}

/// The end of every nonmetropolitan area's key.
pub const NONMETRO_SUFFIX: &str = "-nonmetro";

/// Decodes and checks `areas.json`: the nation first, keys unique and shaped as their kind
/// requires, every area's states listed as states.
pub fn decode_area_index(file: &str, json: &str) -> Result<AreaIndex, DataError> {
    let index: AreaIndex = decode_built(file, json)?;
    let mut found = Findings::default();
    found.check(
        index
            .areas
            .first()
            .is_some_and(|a| a.key == NATIONAL && a.kind == AreaKind::National),
        || "`areas` should start with the national area “US”".into(),
    );
    let states: HashSet<&str> = index
        .areas
        .iter()
        .filter(|a| a.kind == AreaKind::State)
        .map(|a| a.key.as_str())
        .collect();
    let mut keys = HashSet::new();
    for (position, area) in index.areas.iter().enumerate() {
        let at = format!("areas[{position}]");
        found.check(key_fits_kind(&area.key, area.kind), || {
            format!(
                "`{at}.key` “{}” is not a key for a {:?} area",
                area.key, area.kind
            )
        });
        found.check(keys.insert(area.key.as_str()), || {
            format!("`{at}.key` “{}” is used twice", area.key)
        });
        found.text(&format!("{at}.name"), &area.name);
        let expected_states = match area.kind {
            AreaKind::National => area.states.is_empty(),
            AreaKind::State => area.states == [area.key.clone()],
            AreaKind::Metro | AreaKind::Nonmetro => !area.states.is_empty(),
        };
        found.check(expected_states, || {
            format!("`{at}.states` does not fit a {:?} area", area.kind)
        });
        for state in &area.states {
            found.check(states.contains(state.as_str()), || {
                format!("`{at}.states` names “{state}”, which is not a state in `areas`")
            });
        }
    }
    found.into_result(file, index)
}

/// Decodes and checks `areas/<key>.json`, which the app asked for as `expected_key`.
pub fn decode_local_figures(
    file: &str,
    expected_key: &str,
    json: &str,
) -> Result<LocalFigures, DataError> {
    let local: LocalFigures = decode_built(file, json)?;
    let mut found = Findings::default();
    found.check(local.key == expected_key, || {
        format!(
            "`key` is “{}” but the file is for “{expected_key}”",
            local.key
        )
    });
    found.check(
        local.kind.is_local() && key_fits_kind(&local.key, local.kind),
        || {
            format!(
                "`key` “{}” is not a metro or nonmetro key of its kind",
                local.key
            )
        },
    );
    found.text("name", &local.name);
    found.check(!local.states.is_empty(), || "`states` is empty".into());
    for (index, state) in local.states.iter().enumerate() {
        found.state_code(&format!("states[{index}]"), state);
    }
    for (soc, figures) in &local.occupations {
        let field = format!("occupations.{soc}");
        found.check(is_soc_code(soc), || {
            format!("`{field}` is not keyed by a SOC code like 15-1252")
        });
        found.area_figures(&field, figures);
    }
    found.into_result(file, local)
}

/// `NN-NNNN`
fn is_soc_code(code: &str) -> bool {
    let bytes = code.as_bytes();
    bytes.len() == 7
        && bytes.iter().enumerate().all(|(i, b)| {
            if i == 2 {
                *b == b'-'
            } else {
                b.is_ascii_digit()
            }
        })
}

/// Decodes and checks `us-states.json`: codes unique, every path readable, finite and
/// inside the map's box.
pub fn decode_us_map(file: &str, json: &str) -> Result<UsMap, DataError> {
    let map: UsMap = decode_built(file, json)?;
    let mut found = Findings::default();
    found.check(map.width > 0 && map.height > 0, || {
        "the map has no area".into()
    });
    found.check(!map.states.is_empty(), || "`states` is empty".into());
    let (mut fips, mut usps) = (HashSet::new(), HashSet::new());
    let (width, height) = (i64::from(map.width), i64::from(map.height));
    for (index, state) in map.states.iter().enumerate() {
        let at = format!("states[{index}]");
        found.check(
            state.fips.len() == 2 && state.fips.bytes().all(|b| b.is_ascii_digit()),
            || format!("`{at}.fips` “{}” is not a state FIPS code", state.fips),
        );
        found.check(fips.insert(state.fips.as_str()), || {
            format!("`{at}.fips` “{}” is used twice", state.fips)
        });
        found.state_code(&format!("{at}.usps"), &state.usps);
        found.check(usps.insert(state.usps.as_str()), || {
            format!("`{at}.usps` “{}” is used twice", state.usps)
        });
        found.text(&format!("{at}.name"), &state.name);
        match path_points(&state.path) {
            Ok(rings) => {
                let inside = rings
                    .iter()
                    .flatten()
                    .all(|&(x, y)| (0..=width).contains(&x) && (0..=height).contains(&y));
                found.check(inside, || {
                    format!("`{at}.path` leaves the {width}×{height} box")
                });
            }
            Err(problem) => found.0.push(format!("`{at}.path`: {problem}")),
        }
    }
    found.into_result(file, map)
}

/// Checks the index: valid slugs, consistent titles, and an editorial order in which
/// every article appears exactly once.
pub fn validate_index(file: &str, index: ArticleIndex) -> Result<ArticleIndex, DataError> {
    let mut found = Findings::default();
    found.check(!index.articles.is_empty(), || "`articles` is empty".into());
    let mut seen: Vec<String> = Vec::with_capacity(index.articles.len());
    for (position, entry) in index.articles.iter().enumerate() {
        let at = format!("articles[{position}]");
        found.role_slug(&format!("{at}.role_a"), &entry.role_a);
        found.role_slug(&format!("{at}.role_b"), &entry.role_b);
        found.check(entry.role_a != entry.role_b, || {
            format!("{at} compares “{}” with itself", entry.role_a)
        });
        let slug = entry.slug();
        found.check(!seen.contains(&slug), || {
            format!("{at} “{slug}” appears more than once in the order")
        });
        seen.push(slug);
        let expected = article_title(&entry.role_a_title, &entry.role_b_title);
        found.check(entry.title == expected, || {
            format!("{at}.title should be “{expected}”")
        });
        found.text(&format!("{at}.subtitle"), &entry.subtitle);
    }
    found.into_result(file, index)
}

/// Decodes and checks `articles.json`.
pub fn decode_index(file: &str, json: &str) -> Result<ArticleIndex, DataError> {
    validate_index(file, decode(file, json)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    const ROLE: &str = r#"{
        "slug": "producer", "title": "Producer", "indefinite_article": "a",
        "summary": ["Makes shows happen."],
        "duties": ["Raise money"], "requirements": ["Experience"],
        "work_environment": ["Studios"], "skills": ["Negotiation"],
        "salary": {"annual_usd": 62193, "measure": "average", "source": "Indeed", "year": 2026},
        "occupation": "producers-and-directors"
    }"#;

    #[test]
    fn a_good_role_decodes() {
        let role = decode_role("/data/roles/producer.json", "producer", ROLE).unwrap();
        assert_eq!(role.with_article(), "a Producer");
        assert_eq!(role.salary.annual_usd, 62_193);
    }

    #[test]
    fn missing_field_names_the_file_and_field() {
        let json = ROLE.replace(r#""title": "Producer","#, "");
        let error = decode_role("/data/roles/producer.json", "producer", &json).unwrap_err();
        let message = error.to_string();
        assert!(message.starts_with("The data file “/data/roles/producer.json” could not be used: missing field `title`"), "{message}");
    }

    #[test]
    fn wrong_types_and_bad_json_are_reported() {
        let json = ROLE.replace("62193", "\"lots\"");
        let error = decode_role("f", "producer", &json).unwrap_err();
        assert_eq!(
            error.problem,
            Problem::Malformed(
                "invalid type: string \"lots\", expected u64 at `salary.annual_usd`".into()
            )
        );
        let error = decode_role("f", "producer", "{not json").unwrap_err();
        assert!(matches!(error.problem, Problem::Malformed(_)));
    }

    #[test]
    fn every_invalid_value_is_listed() {
        let json = ROLE
            .replace(r#""slug": "producer""#, r#""slug": "Producer-vs-x""#)
            .replace(r#""duties": ["Raise money"]"#, r#""duties": []"#)
            .replace("62193", "0")
            .replace("producers-and-directors", "Producers and Directors");
        let Problem::Invalid(list) = decode_role("f", "producer", &json).unwrap_err().problem
        else {
            panic!("expected validation problems");
        };
        let all = list.join("\n");
        for expected in [
            "not a valid slug",
            "contains “-vs-”",
            "the file is for “producer”",
            "`job-duties` has no entries",
            "`salary.annual_usd` is 0",
            "is not an occupation slug",
        ] {
            assert!(all.contains(expected), "missing {expected:?} in {all}");
        }
    }

    const ARTICLE: &str = r#"{
        "role_a": "producer", "role_b": "product-manager",
        "title": "Producer vs. Product Manager: What Are the Differences?",
        "subtitle": "Two kinds of making.", "intro": ["Both lead."],
        "sections": {"job_duties": ["x"], "job_requirements": ["x"],
                     "work_environment": ["x"], "skills": ["x"], "salary": ["x"]}
    }"#;

    #[test]
    fn misspelt_fields_are_refused() {
        let json = ROLE.replace(r#""occupation""#, r#""ocupation""#);
        let message = decode_role("f", "producer", &json).unwrap_err().to_string();
        assert!(
            message.contains("unknown field `ocupation`, expected one of"),
            "{message}"
        );
    }

    #[test]
    fn invisible_texts_are_empty_and_right_to_left_text_is_text() {
        let marks = "\u{200B}\u{200F}\u{202E}\u{2066}\u{FEFF} \u{00AD}";
        assert!(is_blank(marks));
        assert!(!is_blank("\u{200F}منتج\u{200F}"));
        assert!(!is_blank("\u{202E}rekcah"));
        let json = ROLE.replace("Raise money", marks);
        let message = decode_role("f", "producer", &json).unwrap_err().to_string();
        assert!(
            message.contains("`job-duties` entry 1 is empty"),
            "{message}"
        );
        let json = ROLE.replace("Raise money", "\u{200F}גיוס כספים\u{200F}");
        assert!(decode_role("f", "producer", &json).is_ok());
    }

    #[test]
    fn absurd_role_salaries_are_refused() {
        let json = ROLE.replace("62193", "1000000000000");
        let message = decode_role("f", "producer", &json).unwrap_err().to_string();
        assert!(
            message.contains("`salary.annual_usd` is more than $10,000,000 a year"),
            "{message}"
        );
        assert!(decode_role("f", "producer", &ROLE.replace("62193", "10000000")).is_ok());
    }

    #[test]
    fn names_without_files_are_the_naming_file_s_fault() {
        let pair = PairSlug::new("producer", "product-manager");
        let article = decode_article("a.json", &pair, ARTICLE).unwrap();
        assert!(check_article_roles("a.json", &article, |_| true).is_ok());
        let error = check_article_roles("a.json", &article, |slug| slug == "producer");
        assert_eq!(
            error.unwrap_err().to_string(),
            "The data file “a.json” could not be used: it names the role “product-manager”, which has no data file."
        );
        let role = decode_role("r.json", "producer", ROLE).unwrap();
        assert!(check_role_occupation("r.json", &role, |_| true).is_ok());
        assert_eq!(
            check_role_occupation("r.json", &role, |_| false)
                .unwrap_err()
                .to_string(),
            "The data file “r.json” could not be used: it names the occupation “producers-and-directors”, which has no data file."
        );
    }

    #[test]
    fn a_huge_value_is_quoted_briefly() {
        let huge = "x".repeat(10 * 1024 * 1024);
        let json = ROLE.replace(r#""slug": "producer""#, &format!(r#""slug": "{huge}""#));
        let message = decode_role("f", "producer", &json).unwrap_err().to_string();
        assert!(message.len() < 4 * 400, "{} bytes", message.len());
        assert!(message.contains("characters left out"), "{message}");
        let json = ROLE.replace("62193", &format!("\"{huge}\""));
        let message = decode_role("f", "producer", &json).unwrap_err().to_string();
        assert!(message.len() < 600, "{} bytes", message.len());
        assert!(
            message.ends_with("expected u64 at `salary.annual_usd`."),
            "{message}"
        );
    }

    #[test]
    fn overlong_texts_are_refused_with_their_length() {
        let json = ROLE.replace("Makes shows happen.", &"x".repeat(10 * 1024 * 1024));
        let message = decode_role("f", "producer", &json).unwrap_err().to_string();
        assert!(
            message.contains("`summary[0]` is 10485760 characters long; the most allowed is 3000"),
            "{message}"
        );
    }

    const OCCUPATION: &str = r#"{"slug":"actors","title":"Actors","code":"27-2011.00",
        "description":"Play parts.","major_group":"Arts","minor_group":"Entertainers",
        "wage_basis":{"soc":"27-2011","title":"Actors","kind":"own"},
        "wages":{"US":[60000,"hourly","hourly","hourly","hourly","hourly","hourly",2583]}}"#;

    #[test]
    fn occupation_figures_must_be_typed_and_plausible() {
        assert!(decode_occupation("f", "actors", OCCUPATION).is_ok());
        let zero = OCCUPATION.replace("60000", "0");
        let message = decode_occupation("f", "actors", &zero)
            .unwrap_err()
            .to_string();
        assert!(
            message.contains(
                "invalid value: integer `0`, expected a whole number above 0 or a wage code"
            ),
            "{message}"
        );
        // A file the builder writes says where in it, by line and column.
        assert!(message.contains("at line 4 column 24"), "{message}");
        let negative = OCCUPATION.replace("2583", "-2583");
        let message = decode_occupation("f", "actors", &negative)
            .unwrap_err()
            .to_string();
        assert!(
            message.contains("integer `-2583`") && message.contains("at line 4 column"),
            "{message}"
        );
        let absurd =
            OCCUPATION.replace(r#"60000,"hourly","hourly""#, r#"60000,"hourly",999999999"#);
        let message = decode_occupation("f", "actors", &absurd)
            .unwrap_err()
            .to_string();
        assert!(
            message.contains("`wages.US[2]` is more than $10,000,000 a year"),
            "{message}"
        );
        let nan = OCCUPATION.replace("2583", r#""NaN""#);
        let message = decode_occupation("f", "actors", &nan)
            .unwrap_err()
            .to_string();
        assert!(message.contains("unknown variant `NaN`"), "{message}");
    }

    #[test]
    fn article_must_be_the_one_asked_for_and_complete() {
        let pair = PairSlug::new("producer", "product-manager");
        assert!(decode_article("f", &pair, ARTICLE).is_ok());
        let other = PairSlug::new("a", "b");
        let error = decode_article("f", &other, ARTICLE).unwrap_err();
        assert!(error.to_string().contains("not “a-vs-b”"));
        let json = ARTICLE.replace(r#""skills": ["x"]"#, r#""skills": [" "]"#);
        let error = decode_article("f", &pair, &json).unwrap_err();
        assert!(error
            .to_string()
            .contains("`sections.skills` entry 1 is empty"));
    }

    #[test]
    fn index_rejects_repeats_and_wrong_titles() {
        let entry = r#"{"role_a": "a", "role_a_title": "A", "role_b": "b", "role_b_title": "B",
                        "title": "A vs. B: What Are the Differences?", "subtitle": "s"}"#;
        let ok = format!(r#"{{"articles": [{entry}]}}"#);
        assert!(decode_index("f", &ok).is_ok());
        let repeated = format!(r#"{{"articles": [{entry}, {entry}]}}"#);
        let error = decode_index("f", &repeated).unwrap_err().to_string();
        assert!(error.contains("appears more than once"), "{error}");
        let retitled = ok.replace("A vs. B:", "A versus B:");
        assert!(decode_index("f", &retitled).is_err());
        assert!(decode_index("f", r#"{"articles": []}"#).is_err());
    }

    const AREAS: &str = r#"{"areas":[
        {"key":"US","name":"National","kind":"national","states":[]},
        {"key":"TX","name":"Texas","kind":"state","states":["TX"]},
        {"key":"austin-tx","name":"Austin-Round Rock-San Marcos, TX","kind":"metro","states":["TX"]},
        {"key":"border-region-of-texas-nonmetro","name":"Border Region of Texas nonmetropolitan area","kind":"nonmetro","states":["TX"]}
    ]}"#;

    fn problems<T: std::fmt::Debug>(result: Result<T, DataError>) -> String {
        match result.unwrap_err().problem {
            Problem::Invalid(list) => list.join("\n"),
            other => panic!("expected validation problems, got {other:?}"),
        }
    }

    #[test]
    fn area_keys_follow_their_kind() {
        let index = decode_area_index("f", AREAS).unwrap();
        assert_eq!(index.area("austin-tx").unwrap().kind, AreaKind::Metro);
        let bad = AREAS
            .replace(r#""key":"austin-tx""#, r#""key":"AUSTIN""#)
            .replace("border-region-of-texas-nonmetro", "border-region-of-texas")
            .replace(
                r#""states":["TX"]},"#,
                r#""states":["TX"]},{"key":"TX","name":"Texas","kind":"state","states":["TX"]},"#,
            )
            .replace(
                r#""kind":"metro","states":["TX"]"#,
                r#""kind":"metro","states":["ZZ"]"#,
            );
        let all = problems(decode_area_index("f", &bad));
        for expected in [
            "“AUSTIN” is not a key for a Metro area",
            "“border-region-of-texas” is not a key for a Nonmetro area",
            "“TX” is used twice",
            "names “ZZ”, which is not a state",
        ] {
            assert!(all.contains(expected), "missing {expected:?} in {all}");
        }
    }

    const LOCAL: &str = r#"{"key":"austin-tx","name":"Austin-Round Rock-San Marcos, TX",
        "kind":"metro","states":["TX"],
        "occupations":{"15-1252":[12340,98000,110000,131000,160000,"top",140000,6298,9874,216]}}"#;

    #[test]
    fn local_figures_are_for_the_area_asked_for() {
        let local = decode_local_figures("f", "austin-tx", LOCAL).unwrap();
        let software = local.figures("15-1252").unwrap();
        assert_eq!(
            software.concentration.location_quotient_text().as_deref(),
            Some("2.16")
        );
        let all = problems(decode_local_figures(
            "f",
            "dallas-tx",
            &LOCAL
                .replace("15-1252", "151252")
                .replace(",216]", r#","top"]"#),
        ));
        for expected in [
            "the file is for “dallas-tx”",
            "`occupations.151252` is not keyed by a SOC code",
            "`occupations.151252[9]` is TopCoded; a location quotient is a number or \"na\"",
        ] {
            assert!(all.contains(expected), "missing {expected:?} in {all}");
        }
    }

    #[test]
    fn map_paths_stay_in_their_box() {
        let map = r#"{"width":975,"height":610,"states":[
            {"fips":"11","usps":"DC","name":"District of Columbia","path":"M826,267l1-2 3,2-2 3z"}]}"#;
        assert_eq!(
            decode_us_map("f", map).unwrap().state("DC").unwrap().fips,
            "11"
        );
        let outside = map.replace("l1-2", "l1-300");
        assert!(problems(decode_us_map("f", &outside)).contains("leaves the 975×610 box"));
        let broken = map.replace("l1-2 3,2-2 3z", "L1,2");
        assert!(problems(decode_us_map("f", &broken))
            .contains("`states[0].path`: a ring is not closed"));
    }
}
