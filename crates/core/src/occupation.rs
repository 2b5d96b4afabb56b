//! Official occupations: O*NET titles and descriptions with BLS OEWS wages, as written by
//! the catalogue builder (`docs/data-format.md`, "Official occupations").

use crate::format::format_usd;
use crate::json::{FieldResult, Fields, Json};

/// One published figure. BLS leaves some cells empty for stated reasons; each reason is
/// kept so that nothing is ever shown as 0 or computed from a figure that does not exist.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WageValue {
    /// A published number: a count, whole dollars a year, or cents an hour.
    Amount(u64),
    /// At or above the cap: $239,200 a year / $115.00 an hour.
    TopCoded,
    /// An annual column for work paid by the hour or not year-round: no annual figure.
    HourlyOnly,
    /// An hourly column for work paid by the year: no hourly figure.
    AnnualOnly,
    NotPublished,
}

/// BLS's cap for annual wages.
pub const ANNUAL_CAP_USD: u64 = 239_200;
/// BLS's cap for hourly wages, in cents.
pub const HOURLY_CAP_CENTS: u64 = 11_500;

impl WageValue {
    /// An annual figure as readers see it: "$90,360", "≥ $239,200", or why there is none.
    pub fn annual_text(self) -> String {
        match self {
            WageValue::Amount(usd) => format_usd(usd),
            WageValue::TopCoded => format!("≥ {}", format_usd(ANNUAL_CAP_USD)),
            WageValue::HourlyOnly => "hourly pay only".into(),
            WageValue::AnnualOnly | WageValue::NotPublished => "not published".into(),
        }
    }

    /// An hourly figure in cents as readers see it: "$29.05 an hour", "≥ $115.00 an hour".
    pub fn hourly_text(self) -> String {
        let dollars = |cents: u64| format!("{}.{:02}", format_usd(cents / 100), cents % 100);
        match self {
            WageValue::Amount(cents) => format!("{} an hour", dollars(cents)),
            WageValue::TopCoded => format!("≥ {} an hour", dollars(HOURLY_CAP_CENTS)),
            WageValue::AnnualOnly => "annual pay only".into(),
            WageValue::HourlyOnly | WageValue::NotPublished => "not published".into(),
        }
    }

    /// A count such as employment: "143,120" or "not published".
    pub fn count_text(self) -> String {
        match self {
            WageValue::Amount(count) => format_usd(count)[1..].to_owned(),
            _ => "not published".into(),
        }
    }

    fn read(json: &Json, path: &dyn Fn() -> String) -> FieldResult<Self> {
        match json {
            Json::Number(text) => text
                .parse::<u64>()
                .map(WageValue::Amount)
                .map_err(|_| format!("`{}` should be a whole number, not {text}", path())),
            Json::String(code) => match code.as_str() {
                "top" => Ok(WageValue::TopCoded),
                "hourly" => Ok(WageValue::HourlyOnly),
                "annual" => Ok(WageValue::AnnualOnly),
                "na" => Ok(WageValue::NotPublished),
                other => Err(format!("`{}` has the unknown wage code “{other}”", path())),
            },
            other => Err(format!(
                "`{}` should be a number or a wage code, not {}",
                path(),
                other.kind()
            )),
        }
    }
}

/// The annual wage distribution: 10th, 25th, 50th, 75th and 90th percentiles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Distribution {
    pub p10: WageValue,
    pub p25: WageValue,
    pub median: WageValue,
    pub p75: WageValue,
    pub p90: WageValue,
}

impl Distribution {
    pub fn values(&self) -> [WageValue; 5] {
        [self.p10, self.p25, self.median, self.p75, self.p90]
    }
}

/// An occupation's figures in one area.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AreaWages {
    pub employment: WageValue,
    pub annual: Distribution,
    pub annual_mean: WageValue,
    /// In cents.
    pub hourly_median: WageValue,
}

/// How the wages relate to the occupation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WageBasisKind {
    /// The occupation's own SOC code.
    Own,
    /// A specialisation sharing its SOC code (and so its wages) with the base occupation.
    Shared,
    /// BLS publishes the occupation only within a broader group.
    Combined,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WageBasis {
    pub soc: String,
    pub title: String,
    pub kind: WageBasisKind,
}

impl WageBasis {
    /// Says where the figures come from when they are not the occupation's own.
    pub fn caveat(&self, occupation_title: &str) -> Option<String> {
        match self.kind {
            WageBasisKind::Own => None,
            WageBasisKind::Shared => Some(format!(
                "{occupation_title} shares its SOC code ({}) with {}; the wage figures are for {} as a whole.",
                self.soc, self.title, self.title
            )),
            WageBasisKind::Combined => Some(format!(
                "BLS publishes wages for {occupation_title} only within the broader group “{}” (SOC {}); the figures are for that group.",
                self.title, self.soc
            )),
        }
    }
}

/// An official occupation: `occupations/<slug>.json`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Occupation {
    pub slug: String,
    pub title: String,
    pub code: String,
    pub description: String,
    pub major_group: String,
    pub minor_group: String,
    pub wage_basis: Option<WageBasis>,
    /// By area key (`US`, then USPS codes).
    pub wages: Vec<(String, AreaWages)>,
}

/// The key of the national figures.
pub const NATIONAL: &str = "US";

impl Occupation {
    pub fn wages_in(&self, area: &str) -> Option<&AreaWages> {
        self.wages
            .iter()
            .find(|(key, _)| key == area)
            .map(|(_, wages)| wages)
    }
}

/// The national figures of a curated role's closest official occupation, as
/// `official-figures.json` lists them for curated article pages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfficialFigure {
    pub slug: String,
    pub title: String,
    pub national: Option<AreaWages>,
}

pub(crate) fn read_official_figures(fields: &Fields) -> FieldResult<Vec<OfficialFigure>> {
    let mut out = Vec::new();
    for (slug, value) in fields.members_of_root() {
        let path = slug.as_str();
        let entry = Fields::root(value).map_err(|_| format!("`{path}` should be an object"))?;
        let national = match entry.optional_value("US") {
            None | Some(Json::Null) => None,
            Some(json) => Some(read_area_wages(json, &format!("{path}.US"))?),
        };
        out.push(OfficialFigure {
            slug: slug.clone(),
            title: entry.string("title")?,
            national,
        });
    }
    Ok(out)
}

/// A state-level area (or the nation) that OEWS publishes figures for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Area {
    pub code: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MinorGroup {
    pub code: String,
    pub title: String,
    pub major: usize,
}

/// One occupation in the catalogue index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogEntry {
    pub slug: String,
    pub title: String,
    pub minor_group: usize,
    pub national_median: WageValue,
}

/// A curated role as listed in the catalogue index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CuratedEntry {
    pub slug: String,
    pub title: String,
    /// Slug of the closest official occupation.
    pub occupation: Option<String>,
}

/// `occupations.json`: every official occupation in catalogue (O*NET-SOC) order, plus the
/// curated roles, groups and areas.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Catalog {
    pub onet_release: String,
    pub oews_release: String,
    pub areas: Vec<Area>,
    pub major_groups: Vec<(String, String)>,
    pub minor_groups: Vec<MinorGroup>,
    pub occupations: Vec<CatalogEntry>,
    pub curated: Vec<CuratedEntry>,
}

impl Catalog {
    pub fn position(&self, slug: &str) -> Option<usize> {
        self.occupations.iter().position(|entry| entry.slug == slug)
    }

    pub fn occupation(&self, slug: &str) -> Option<&CatalogEntry> {
        self.position(slug).map(|index| &self.occupations[index])
    }

    pub fn curated_role(&self, slug: &str) -> Option<&CuratedEntry> {
        self.curated.iter().find(|entry| entry.slug == slug)
    }

    pub fn area(&self, code: &str) -> Option<&Area> {
        self.areas.iter().find(|area| area.code == code)
    }

    /// The title of any role, official or curated.
    pub fn title_of(&self, slug: &str) -> Option<&str> {
        self.occupation(slug)
            .map(|entry| entry.title.as_str())
            .or_else(|| self.curated_role(slug).map(|entry| entry.title.as_str()))
    }

    pub fn major_group_of(&self, entry: &CatalogEntry) -> &str {
        let major = self
            .minor_groups
            .get(entry.minor_group)
            .map_or(usize::MAX, |m| m.major);
        self.major_groups
            .get(major)
            .map_or("", |(_, title)| title.as_str())
    }
}

fn read_area_wages(json: &Json, path: &str) -> FieldResult<AreaWages> {
    let Json::Array(values) = json else {
        return Err(format!(
            "`{path}` should be a list of 8 figures, not {}",
            json.kind()
        ));
    };
    if values.len() != 8 {
        return Err(format!(
            "`{path}` should have 8 figures, not {}",
            values.len()
        ));
    }
    let value = |index: usize| WageValue::read(&values[index], &|| format!("{path}[{index}]"));
    Ok(AreaWages {
        employment: value(0)?,
        annual: Distribution {
            p10: value(1)?,
            p25: value(2)?,
            median: value(3)?,
            p75: value(4)?,
            p90: value(5)?,
        },
        annual_mean: value(6)?,
        hourly_median: value(7)?,
    })
}

pub(crate) fn read_occupation(fields: &Fields) -> FieldResult<Occupation> {
    let wage_basis = match fields.optional_object("wage_basis")? {
        None => None,
        Some(basis) => Some(WageBasis {
            soc: basis.string("soc")?,
            title: basis.string("title")?,
            kind: match basis.string("kind")?.as_str() {
                "own" => WageBasisKind::Own,
                "shared" => WageBasisKind::Shared,
                "combined" => WageBasisKind::Combined,
                other => {
                    return Err(format!(
                        "`wage_basis.kind` “{other}” is not own, shared or combined"
                    ))
                }
            },
        }),
    };
    let members = fields.members("wages")?;
    let mut wages = Vec::with_capacity(members.len());
    for (area, values) in members {
        wages.push((
            area.clone(),
            read_area_wages(values, &format!("wages.{area}"))?,
        ));
    }
    Ok(Occupation {
        slug: fields.string("slug")?,
        title: fields.string("title")?,
        code: fields.string("code")?,
        description: fields.string("description")?,
        major_group: fields.string("major_group")?,
        minor_group: fields.string("minor_group")?,
        wage_basis,
        wages,
    })
}

/// Reads a fixed-length row such as `["US", "National"]`, naming it in messages.
fn row<'a>(json: &'a Json, path: &str, len: usize) -> FieldResult<&'a [Json]> {
    match json {
        Json::Array(items) if items.len() == len => Ok(items),
        _ => Err(format!("`{path}` should be a list of {len} values")),
    }
}

fn text(json: &Json, path: &str) -> FieldResult<String> {
    match json {
        Json::String(text) => Ok(text.clone()),
        other => Err(format!("`{path}` should be text, not {}", other.kind())),
    }
}

fn index(json: &Json, path: &str, len: usize) -> FieldResult<usize> {
    match json {
        Json::Number(n) => n
            .parse::<usize>()
            .ok()
            .filter(|i| *i < len)
            .ok_or_else(|| format!("`{path}` {n} is not a valid group number")),
        other => Err(format!("`{path}` should be a number, not {}", other.kind())),
    }
}

/// Reads the list `key` of fixed-length rows (`[["US", "National"], …]`), each with `read`
/// given its cells and its path for messages. A plain loop: one small function per row kind.
fn rows<T>(
    fields: &Fields,
    key: &str,
    len: usize,
    read: impl Fn(&[Json], &str) -> FieldResult<T>,
) -> FieldResult<Vec<T>> {
    let list = fields.list(key)?;
    let mut out = Vec::with_capacity(list.len());
    for (i, json) in list.iter().enumerate() {
        let path = format!("{key}[{i}]");
        out.push(read(row(json, &path, len)?, &path)?);
    }
    Ok(out)
}

pub(crate) fn read_catalog(fields: &Fields) -> FieldResult<Catalog> {
    let releases = fields.object("releases")?;
    let areas = rows(fields, "areas", 2, |cells, path| {
        Ok(Area {
            code: text(&cells[0], path)?,
            name: text(&cells[1], path)?,
        })
    })?;
    let major_groups = rows(fields, "major_groups", 2, |cells, path| {
        Ok((text(&cells[0], path)?, text(&cells[1], path)?))
    })?;
    let minor_groups = rows(fields, "minor_groups", 3, |cells, path| {
        Ok(MinorGroup {
            code: text(&cells[0], path)?,
            title: text(&cells[1], path)?,
            major: index(&cells[2], path, major_groups.len())?,
        })
    })?;
    let occupations = rows(fields, "occupations", 4, |cells, path| {
        Ok(CatalogEntry {
            slug: text(&cells[0], path)?,
            title: text(&cells[1], path)?,
            minor_group: index(&cells[2], path, minor_groups.len())?,
            national_median: WageValue::read(&cells[3], &|| format!("{path}[3]"))?,
        })
    })?;
    let curated = rows(fields, "curated", 3, |cells, path| {
        Ok(CuratedEntry {
            slug: text(&cells[0], path)?,
            title: text(&cells[1], path)?,
            occupation: match &cells[2] {
                Json::Null => None,
                other => Some(text(other, path)?),
            },
        })
    })?;
    Ok(Catalog {
        onet_release: releases.string("onet")?,
        oews_release: releases.string("oews")?,
        areas,
        major_groups,
        minor_groups,
        occupations,
        curated,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wage_values_read_as_people_expect() {
        assert_eq!(WageValue::Amount(90_360).annual_text(), "$90,360");
        assert_eq!(WageValue::TopCoded.annual_text(), "≥ $239,200");
        assert_eq!(WageValue::HourlyOnly.annual_text(), "hourly pay only");
        assert_eq!(WageValue::NotPublished.annual_text(), "not published");
        assert_eq!(WageValue::Amount(2905).hourly_text(), "$29.05 an hour");
        assert_eq!(
            WageValue::Amount(12_345_678).hourly_text(),
            "$123,456.78 an hour"
        );
        assert_eq!(WageValue::TopCoded.hourly_text(), "≥ $115.00 an hour");
        assert_eq!(WageValue::AnnualOnly.hourly_text(), "annual pay only");
        assert_eq!(WageValue::Amount(143_120).count_text(), "143,120");
        assert_eq!(WageValue::NotPublished.count_text(), "not published");
    }

    #[test]
    fn caveats_say_whose_wages_they_are() {
        let shared = WageBasis {
            soc: "27-2012".into(),
            title: "Producers and Directors".into(),
            kind: WageBasisKind::Shared,
        };
        assert_eq!(
            shared.caveat("Talent Directors").unwrap(),
            "Talent Directors shares its SOC code (27-2012) with Producers and Directors; the wage figures are for Producers and Directors as a whole."
        );
        let own = WageBasis {
            kind: WageBasisKind::Own,
            ..shared
        };
        assert_eq!(own.caveat("Producers and Directors"), None);
    }
}
