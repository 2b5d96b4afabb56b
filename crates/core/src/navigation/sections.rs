//! The sections of a comparison page, in order, with their headings and anchors.

/// A comparison section under "<A> vs. <B>".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Section {
    JobDuties,
    JobRequirements,
    WorkEnvironment,
    Skills,
    Salary,
}

impl Section {
    /// Every section in page order.
    pub const ALL: [Section; 5] = [
        Section::JobDuties,
        Section::JobRequirements,
        Section::WorkEnvironment,
        Section::Skills,
        Section::Salary,
    ];

    /// The H3 heading.
    pub fn heading(self) -> &'static str {
        match self {
            Self::JobDuties => "Job Duties",
            Self::JobRequirements => "Job Requirements",
            Self::WorkEnvironment => "Work Environment",
            Self::Skills => "Skills",
            Self::Salary => "Salary",
        }
    }

    /// The anchor in the page URL (`#job-duties`); part of the public link contract.
    pub fn id(self) -> &'static str {
        match self {
            Self::JobDuties => "job-duties",
            Self::JobRequirements => "job-requirements",
            Self::WorkEnvironment => "work-environment",
            Self::Skills => "skills",
            Self::Salary => "salary",
        }
    }

    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|section| section.id() == id)
    }
}

/// The anchor of the "What is …?" section for a role.
pub fn what_is_id(role_slug: &str) -> String {
    format!("what-is-{role_slug}")
}

/// The anchor of the "<A> vs. <B>" section that holds the comparison sections.
pub const DIFFERENCES_ID: &str = "differences";

/// One line of a page's table of contents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentsEntry {
    pub id: String,
    pub label: String,
    /// 0 for H2 sections, 1 for the H3 sections below them.
    pub depth: u8,
}

/// The table of contents of a comparison page, in page order.
pub fn contents(
    (slug_a, with_article_a): (&str, &str),
    (slug_b, with_article_b): (&str, &str),
    short_title: &str,
) -> Vec<ContentsEntry> {
    let mut entries = vec![
        ContentsEntry {
            id: what_is_id(slug_a),
            label: format!("What is {with_article_a}?"),
            depth: 0,
        },
        ContentsEntry {
            id: what_is_id(slug_b),
            label: format!("What is {with_article_b}?"),
            depth: 0,
        },
        ContentsEntry {
            id: DIFFERENCES_ID.to_owned(),
            label: short_title.to_owned(),
            depth: 0,
        },
    ];
    entries.extend(Section::ALL.into_iter().map(|section| ContentsEntry {
        id: section.id().to_owned(),
        label: section.heading().to_owned(),
        depth: 1,
    }));
    entries
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_are_in_page_order_with_stable_ids() {
        let headings: Vec<_> = Section::ALL.iter().map(|s| s.heading()).collect();
        assert_eq!(
            headings,
            [
                "Job Duties",
                "Job Requirements",
                "Work Environment",
                "Skills",
                "Salary"
            ]
        );
        for section in Section::ALL {
            assert_eq!(Section::from_id(section.id()), Some(section));
        }
        assert_eq!(Section::from_id("nope"), None);
    }

    #[test]
    fn contents_lists_every_heading() {
        let entries = contents(
            ("producer", "a Producer"),
            ("product-manager", "a Product Manager"),
            "Producer vs. Product Manager",
        );
        let labels: Vec<_> = entries.iter().map(|e| e.label.as_str()).collect();
        assert_eq!(
            labels,
            [
                "What is a Producer?",
                "What is a Product Manager?",
                "Producer vs. Product Manager",
                "Job Duties",
                "Job Requirements",
                "Work Environment",
                "Skills",
                "Salary"
            ]
        );
        assert_eq!(entries[0].id, "what-is-producer");
        assert_eq!(entries[7].id, "salary");
    }
}
