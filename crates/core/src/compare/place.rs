//! The area a generated comparison is shown for, and where its figures come from: the
//! occupation files for the nation and the states, an area file for a metropolitan or
//! nonmetropolitan area.

use std::sync::Arc;

use crate::compare::generated::RoleFacts;
use crate::data::areas::{AreaEntry, AreaKind, LocalFigures};
use crate::data::occupations::NATIONAL;
use crate::wages::concentration::Concentration;
use crate::wages::value::AreaWages;

/// An area and, for a metro or nonmetro area, every occupation's figures there.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    pub area: AreaEntry,
    pub local: Option<Arc<LocalFigures>>,
}

impl Place {
    pub fn national() -> Self {
        Self {
            area: AreaEntry {
                key: NATIONAL.into(),
                name: "National".into(),
                kind: AreaKind::National,
                states: Vec::new(),
            },
            local: None,
        }
    }

    /// A state-level area by its USPS code and name.
    pub fn state(code: &str, name: &str) -> Self {
        Self {
            area: AreaEntry {
                key: code.into(),
                name: name.into(),
                kind: AreaKind::State,
                states: vec![code.into()],
            },
            local: None,
        }
    }

    /// A metropolitan or nonmetropolitan area with its figures.
    pub fn local(figures: Arc<LocalFigures>) -> Self {
        Self {
            area: AreaEntry {
                key: figures.key.clone(),
                name: figures.name.clone(),
                kind: figures.kind,
                states: figures.states.clone(),
            },
            local: Some(figures),
        }
    }

    /// The `?area=` value.
    pub fn key(&self) -> &str {
        &self.area.key
    }

    pub fn is_national(&self) -> bool {
        self.area.kind == AreaKind::National
    }

    /// How sentences name the area: "the United States", "Texas", "Austin-Round Rock-San
    /// Marcos, TX".
    pub fn phrase(&self) -> String {
        if self.is_national() {
            "the United States".into()
        } else {
            self.area.name.clone()
        }
    }

    /// A role's figures here; `None` when BLS publishes none for it in this area.
    pub fn wages_of<'a>(&'a self, facts: &'a RoleFacts) -> Option<&'a AreaWages> {
        match &self.local {
            None => facts.wages_in(&self.area.key),
            Some(local) => Some(
                &local
                    .figures(&facts.occupation.as_ref()?.wage_basis.as_ref()?.soc)?
                    .wages,
            ),
        }
    }

    /// A role's jobs per 1,000 and location quotient here (not published for the nation).
    pub fn concentration_of<'a>(&'a self, facts: &'a RoleFacts) -> Option<&'a Concentration> {
        match &self.local {
            None => facts.occupation.as_ref()?.concentration_in(&self.area.key),
            Some(local) => Some(
                &local
                    .figures(&facts.occupation.as_ref()?.wage_basis.as_ref()?.soc)?
                    .concentration,
            ),
        }
    }
}
