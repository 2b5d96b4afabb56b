//! Which OEWS occupation an O*NET occupation's wages come from.

use role_compare_core::data::occupations::{WageBasis, WageBasisKind as Kind};

use crate::error::{Error, Result};
use crate::oews::{Oews, OewsOccupation};
use crate::onet::OnetOccupation;

/// OEWS's detailed level; groups never stand in for an occupation's wages.
const DETAILED: u8 = 3;

/// SOC codes BLS publishes only inside a combined OEWS code: the OEWS survey cannot separate
/// them, so it reports one aggregate (OEWS uses a modified SOC for these).
/// O*NET specialisations of a listed code (29-2011.01, 47-4099.03, 53-1042.01, …) follow
/// their SOC code. Every entry is checked against the data when the catalogue is built.
const COMBINED: [(&str, &[&str]); 12] = [
    // Buyers and Purchasing Agents
    ("131020", &["131021", "131022", "131023"]),
    // Property Appraisers and Assessors
    ("132020", &["132022", "132023"]),
    // Substance Abuse, Behavioral Disorder, and Mental Health Counselors
    ("211018", &["211011", "211014"]),
    // Special Education Teachers, Kindergarten and Elementary School
    ("252052", &["252055", "252056"]),
    // Teaching Assistants, Except Postsecondary
    ("259045", &["259042", "259043", "259049"]),
    // Clinical Laboratory Technologists and Technicians
    ("292010", &["292011", "292012"]),
    // Home Health and Personal Care Aides
    ("311120", &["311121", "311122"]),
    // Tour and Travel Guides
    ("397010", &["397011", "397012"]),
    // Miscellaneous Construction and Related Workers
    ("474090", &["474091", "474099"]),
    // Electrical, Electronic, and Electromechanical Assemblers, Except Coil Winders, …
    ("512028", &["512022", "512023"]),
    // Miscellaneous Assemblers and Fabricators
    ("512090", &["512092", "512099"]),
    // First-Line Supervisors of Transportation and Material Moving Workers, Except Aircraft
    // Cargo Handling
    ("531047", &["531042", "531043", "531044", "531049"]),
];

/// The OEWS occupation whose wages an O*NET occupation shows, or `None` when BLS publishes
/// none for it (military occupations, legislators, fishing and hunting workers).
pub fn resolve<'a>(
    occupation: &OnetOccupation,
    oews: &'a Oews,
) -> Option<(WageBasis, &'a OewsOccupation)> {
    let soc = occupation.soc6();
    let detailed = |code: &str| oews.occupation(code).filter(|o| o.level == DETAILED);
    let (source, kind) = match detailed(&soc) {
        Some(own) if occupation.is_base() => (own, Kind::Own),
        Some(own) => (own, Kind::Shared),
        None => {
            let (combined, _) = COMBINED
                .iter()
                .find(|(_, codes)| codes.contains(&soc.as_str()))?;
            (detailed(combined)?, Kind::Combined)
        }
    };
    let basis = WageBasis {
        soc: with_dash(&source.code),
        title: source.title.clone(),
        kind,
    };
    Some((basis, source))
}

/// Checks the combined table against the sources, so a later release that splits or renames
/// a code stops the build instead of silently showing another occupation's wages.
pub fn check_combined(onet: &[OnetOccupation], oews: &Oews) -> Result<()> {
    for (combined, codes) in COMBINED {
        match oews.occupation(combined) {
            Some(o) if o.level == DETAILED => {}
            _ => {
                return Err(Error::new(format!(
                    "combined OEWS code {combined} is not a detailed occupation in the OEWS data"
                )))
            }
        }
        for code in codes {
            if oews.occupation(code).is_some() {
                return Err(Error::new(format!(
                    "{code} has its own OEWS row; drop it from the combined code {combined}"
                )));
            }
            if !onet.iter().any(|o| o.soc6() == *code) {
                return Err(Error::new(format!(
                    "{code} (combined into {combined}) is not an O*NET occupation"
                )));
            }
            // A combined code only ever merges siblings of one broad SOC group.
            if code[..5] != combined[..5] {
                return Err(Error::new(format!(
                    "{code} is not in the broad group of {combined}"
                )));
            }
        }
    }
    Ok(())
}

/// `272012` → `27-2012`
pub fn with_dash(code: &str) -> String {
    format!("{}-{}", &code[..2], &code[2..])
}
