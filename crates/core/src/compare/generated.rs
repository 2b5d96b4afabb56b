//! Comparisons of any two roles, generated from official data: every sentence is made by
//! code from the figures, so nothing is claimed that the data does not say.

use std::sync::Arc;

use crate::compare::place::Place;
use crate::data::articles::{article_title, Role};
use crate::data::indefinite_article::IndefiniteArticle;
use crate::data::occupations::Occupation;
use crate::navigation::slug::PairSlug;
use crate::wages::money::{format_percent, format_usd};
use crate::wages::value::{AreaWages, WageValue, ANNUAL_CAP_USD};

/// One side of a generated comparison.
#[derive(Debug, Clone, PartialEq)]
pub struct RoleFacts {
    pub slug: String,
    pub title: String,
    pub indefinite_article: IndefiniteArticle,
    /// "What is …?" paragraphs: the O*NET description, or a curated role's own summary.
    pub summary: Vec<String>,
    /// The official occupation whose figures are shown (the role itself, or for a curated
    /// role its closest official occupation); `None` when there is none.
    pub occupation: Option<Occupation>,
    /// True for a curated role, whose figures then come from its closest occupation.
    pub curated: bool,
}

impl RoleFacts {
    /// An official occupation as a side.
    pub fn official(occupation: Occupation) -> Self {
        Self {
            slug: occupation.slug.clone(),
            title: occupation.title.clone(),
            indefinite_article: IndefiniteArticle::for_title(&occupation.title),
            summary: vec![occupation.description.clone()],
            occupation: Some(occupation),
            curated: false,
        }
    }

    /// A curated role as a side: its own title and summary, with the figures of its
    /// closest official occupation (if it names one).
    pub fn curated(role: &Role, occupation: Option<Occupation>) -> Self {
        Self {
            slug: role.slug.clone(),
            title: role.title.clone(),
            indefinite_article: role.indefinite_article,
            summary: role.summary.clone(),
            occupation,
            curated: true,
        }
    }

    pub fn with_article(&self) -> String {
        format!("{} {}", self.indefinite_article.as_str(), self.title)
    }

    pub fn wages_in(&self, area: &str) -> Option<&AreaWages> {
        self.occupation.as_ref()?.wages_in(area)
    }

    /// For a curated role: which official occupation its figures are for.
    pub fn data_note(&self) -> Option<String> {
        let occupation = self.occupation.as_ref()?;
        self.curated.then(|| {
            format!(
                "Official figures for {} are those of the closest official occupation, {}.",
                self.title, occupation.title
            )
        })
    }
}

/// Two roles compared from official data in one area. The sides are shared, not copied: the
/// server holds every role once and compares each with every other (a copy of both sides'
/// figures was 7 µs of a 300 µs render).
#[derive(Debug, Clone, PartialEq)]
pub struct GeneratedComparison {
    pub a: Arc<RoleFacts>,
    pub b: Arc<RoleFacts>,
}

/// A median difference, or why there is none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MedianDifference {
    /// `higher` earns `usd` (relative to the lower, in percent) more; `at_least` when the
    /// higher median is top-coded, so the true gap is bigger.
    Gap {
        higher_is_a: bool,
        usd: u64,
        percent: String,
        at_least: bool,
    },
    Equal,
    /// Both medians are at or above the cap.
    BothTopCoded,
    /// At least one median is missing; the text says why.
    Unavailable(String),
}

fn median_reason(facts: &RoleFacts, value: Option<WageValue>, place: &Place) -> Option<String> {
    match value {
        None => Some(format!("BLS publishes no figures for {} in {}", facts.title, place.phrase())),
        Some(WageValue::HourlyOnly) => Some(format!(
            "{} are paid by the hour or not year-round, so BLS publishes only hourly wages for them",
            facts.title
        )),
        Some(WageValue::Amount(_) | WageValue::TopCoded) => None,
        Some(_) => Some(format!(
            "BLS does not publish a median annual wage for {} in {}",
            facts.title,
            place.phrase()
        )),
    }
}

impl GeneratedComparison {
    pub fn new(a: RoleFacts, b: RoleFacts) -> Self {
        Self {
            a: Arc::new(a),
            b: Arc::new(b),
        }
    }

    pub fn pair(&self) -> PairSlug {
        PairSlug::new(self.a.slug.clone(), self.b.slug.clone())
    }

    pub fn title(&self) -> String {
        article_title(&self.a.title, &self.b.title)
    }

    pub fn short_title(&self) -> String {
        format!("{} vs. {}", self.a.title, self.b.title)
    }

    pub fn median_difference(&self, place: &Place) -> MedianDifference {
        let median = |facts: &RoleFacts| place.wages_of(facts).map(|w| w.annual.median);
        let (a, b) = (median(&self.a), median(&self.b));
        let reasons: Vec<String> = [(&self.a, a), (&self.b, b)]
            .into_iter()
            .filter_map(|(facts, value)| median_reason(facts, value, place))
            .collect();
        if !reasons.is_empty() {
            return MedianDifference::Unavailable(reasons.join("; "));
        }
        let as_usd = |v: Option<WageValue>| match v {
            Some(WageValue::Amount(usd)) => usd,
            _ => ANNUAL_CAP_USD,
        };
        let top = |v: Option<WageValue>| v == Some(WageValue::TopCoded);
        if top(a) && top(b) {
            return MedianDifference::BothTopCoded;
        }
        let (usd_a, usd_b) = (as_usd(a), as_usd(b));
        if usd_a == usd_b {
            return MedianDifference::Equal;
        }
        let higher_is_a = usd_a > usd_b;
        let (high, low) = if higher_is_a {
            (usd_a, usd_b)
        } else {
            (usd_b, usd_a)
        };
        MedianDifference::Gap {
            higher_is_a,
            usd: high - low,
            percent: format_percent((high - low) as f64 / low as f64),
            at_least: top(a) || top(b),
        }
    }

    /// The sentence stating the median difference in an area.
    pub fn median_sentence(&self, place: &Place) -> String {
        let phrase = place.phrase();
        match self.median_difference(place) {
            MedianDifference::Gap { higher_is_a, usd, percent, at_least } => {
                let (high, low) = if higher_is_a { (&self.a, &self.b) } else { (&self.b, &self.a) };
                let bound = if at_least { "at least " } else { "" };
                format!(
                    "In {phrase}, the median annual wage of {} is {bound}{} ({bound}{percent}) higher than that of {}.",
                    high.title,
                    format_usd(usd),
                    low.title
                )
            }
            MedianDifference::Equal => format!(
                "In {phrase}, {} and {} have the same median annual wage.",
                self.a.title, self.b.title
            ),
            MedianDifference::BothTopCoded => format!(
                "In {phrase}, both medians are at or above {}, the highest figure BLS publishes, so they cannot be told apart.",
                format_usd(ANNUAL_CAP_USD)
            ),
            MedianDifference::Unavailable(reason) => {
                format!("The median annual wages cannot be compared here: {reason}.")
            }
        }
    }

    /// The sentence comparing employment in an area.
    pub fn employment_sentence(&self, place: &Place) -> String {
        let phrase = place.phrase();
        let jobs = |facts: &RoleFacts| match place.wages_of(facts).map(|w| w.employment) {
            Some(WageValue::Amount(count)) => format!(
                "{} jobs as {}",
                WageValue::Amount(count).count_text(),
                facts.title
            ),
            _ => format!("no published employment figure for {}", facts.title),
        };
        format!(
            "In {phrase} there are {} and {}.",
            jobs(&self.a),
            jobs(&self.b)
        )
    }

    /// The page's meta and link-preview description, stating the figures for `area`.
    pub fn description(&self, place: &Place) -> String {
        let figure = |facts: &RoleFacts,
                      read: fn(&AreaWages) -> WageValue,
                      text: fn(WageValue) -> String| {
            place
                .wages_of(facts)
                .map_or_else(|| "not published".to_owned(), |wages| text(read(wages)))
        };
        let median = |facts| figure(facts, |w| w.annual.median, WageValue::annual_text);
        let jobs = |facts| figure(facts, |w| w.employment, WageValue::count_text);
        format!(
            "{} in {}: median pay {} vs. {} a year; {} vs. {} jobs (BLS OEWS May 2025). What each does, from O*NET.",
            self.short_title(),
            place.phrase(),
            median(&self.a),
            median(&self.b),
            jobs(&self.a),
            jobs(&self.b)
        )
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::data::occupations::{WageBasis, WageBasisKind};
    use crate::wages::value::{AreaWages, Distribution};

    pub(crate) fn wages(employment: u64, median: WageValue) -> AreaWages {
        let a = WageValue::Amount;
        AreaWages {
            employment: a(employment),
            annual: Distribution {
                p10: a(30_000),
                p25: a(40_000),
                median,
                p75: a(120_000),
                p90: a(150_000),
            },
            annual_mean: a(90_000),
            hourly_median: a(4_344),
        }
    }

    pub(crate) fn occupation(slug: &str, title: &str, national: AreaWages) -> Occupation {
        Occupation {
            slug: slug.into(),
            title: title.into(),
            code: "27-2012.00".into(),
            description: format!("{title} do things."),
            major_group: "Major".into(),
            minor_group: "Minor".into(),
            wage_basis: Some(WageBasis {
                soc: "27-2012".into(),
                title: title.into(),
                kind: WageBasisKind::Own,
            }),
            wages: [("US".to_owned(), national)].into(),
            concentration: Default::default(),
            industries: None,
            top_areas: None,
        }
    }

    pub(crate) fn national() -> Place {
        Place::national()
    }

    fn pair(median_a: WageValue, median_b: WageValue) -> GeneratedComparison {
        GeneratedComparison::new(
            RoleFacts::official(occupation(
                "producers-and-directors",
                "Producers and Directors",
                wages(143_120, median_a),
            )),
            RoleFacts::official(occupation(
                "software-developers",
                "Software Developers",
                wages(1_687_890, median_b),
            )),
        )
    }

    #[test]
    fn a_curated_role_keeps_its_own_words_and_takes_its_occupations_figures() {
        let role = crate::compare::curated::tests::producer_vs_product_manager().role_a;
        let closest = occupation(
            "producers-and-directors",
            "Producers and Directors",
            wages(143_120, WageValue::Amount(90_360)),
        );
        let facts = RoleFacts::curated(&role, Some(closest.clone()));
        assert_eq!(facts.slug, role.slug);
        assert_eq!(facts.title, role.title);
        assert_eq!(facts.summary, role.summary);
        assert!(facts.curated);
        assert_eq!(facts.wages_in("US"), closest.wages_in("US"));
        assert_eq!(
            facts.data_note().as_deref(),
            Some("Official figures for Producer are those of the closest official occupation, Producers and Directors.")
        );
        let without = RoleFacts::curated(&role, None);
        assert_eq!(without.wages_in("US"), None);
        assert_eq!(without.data_note(), None);
    }

    #[test]
    fn median_gap_in_dollars_and_percent() {
        let c = pair(WageValue::Amount(90_360), WageValue::Amount(135_980));
        assert_eq!(
            c.median_sentence(&national()),
            "In the United States, the median annual wage of Software Developers is $45,620 (50%) higher than that of Producers and Directors."
        );
        assert_eq!(
            c.title(),
            "Producers and Directors vs. Software Developers: What Are the Differences?"
        );
        assert_eq!(
            c.employment_sentence(&national()),
            "In the United States there are 143,120 jobs as Producers and Directors and 1,687,890 jobs as Software Developers."
        );
    }

    #[test]
    fn top_coded_gap_is_a_lower_bound() {
        let c = pair(WageValue::TopCoded, WageValue::Amount(200_000));
        assert_eq!(
            c.median_sentence(&national()),
            "In the United States, the median annual wage of Producers and Directors is at least $39,200 (at least 20%) higher than that of Software Developers."
        );
        assert_eq!(
            pair(WageValue::TopCoded, WageValue::TopCoded).median_difference(&national()),
            MedianDifference::BothTopCoded
        );
    }

    #[test]
    fn hourly_only_and_missing_areas_explain_themselves() {
        let c = pair(WageValue::HourlyOnly, WageValue::Amount(135_980));
        assert!(c
            .median_sentence(&national())
            .contains("Producers and Directors are paid by the hour or not year-round"));
        let california = Place::state("CA", "California");
        let sentence = c.median_sentence(&california);
        assert!(
            sentence.contains("BLS publishes no figures for Software Developers in California"),
            "{sentence}"
        );
        assert!(c
            .employment_sentence(&california)
            .contains("no published employment figure for Producers and Directors"));
    }
}
