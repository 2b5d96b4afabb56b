//! The compare picker's logic and markup: two search-as-you-type boxes following the ARIA
//! combobox pattern. Pure, so the keyboard behaviour is unit tested; the app only wires
//! browser events to [`Combobox`] and writes [`listbox`] into the page.

use crate::data::areas::{AreaIndex, AreaKind};
use crate::data::occupations::Catalog;
use crate::markup::tree::{el, Element, Node};
use crate::navigation::search::{
    highlight_ranges, normalize, BigramIndex, Look, Query, Searchable, MAX_TYPO_SCORE,
};

/// How many options a box lists at once.
pub const SHOWN: usize = 8;

/// A role the picker offers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub slug: String,
    pub title: String,
    pub group: String,
    searchable: Searchable,
}

impl Choice {
    /// A choice found by the words of `searchable` (folded for case and accents).
    pub fn new(slug: &str, title: &str, group: String, searchable: &str) -> Self {
        Self {
            slug: slug.to_owned(),
            title: title.to_owned(),
            group,
            searchable: Searchable::new(searchable),
        }
    }
}

/// What a box offers, in order, with the index its ranking reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choices {
    list: Vec<Choice>,
    bigrams: BigramIndex,
}

impl Choices {
    pub fn new(list: Vec<Choice>) -> Self {
        let bigrams = BigramIndex::new(list.iter().map(|choice| &choice.searchable));
        Self { list, bigrams }
    }

    pub fn get(&self, index: usize) -> Option<&Choice> {
        self.list.get(index)
    }

    pub fn iter(&self) -> impl Iterator<Item = &Choice> {
        self.list.iter()
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }
}

impl Default for Choices {
    /// None yet (a box before its list has loaded).
    fn default() -> Self {
        Self::new(Vec::new())
    }
}

impl FromIterator<Choice> for Choices {
    fn from_iter<I: IntoIterator<Item = Choice>>(choices: I) -> Self {
        Self::new(choices.into_iter().collect())
    }
}

impl std::ops::Index<usize> for Choices {
    type Output = Choice;

    fn index(&self, index: usize) -> &Choice {
        &self.list[index]
    }
}

/// Every curated role, then every official occupation.
pub fn choices(catalog: &Catalog) -> Choices {
    let curated = catalog.curated.iter().map(|role| {
        Choice::new(
            &role.slug,
            &role.title,
            "Role Compare article".into(),
            &role.title,
        )
    });
    let official = catalog.occupations.iter().map(|entry| {
        let group = catalog.major_group_of(entry).to_owned();
        Choice::new(&entry.slug, &entry.title, group, &entry.title)
    });
    curated.chain(official).collect()
}

/// Indexes of the best choices for a query, best first, ties in the choices' order. Every
/// choice is looked at (the whole catalogue per keystroke is well within a frame): the exact
/// matches are ranked at once, the possible misspellings after them, those sharing the most
/// of the query's bigrams first. So the list fills with the best misspellings early, and the
/// rest are ruled out by their bound alone, without scoring each run of their words.
pub fn best_matches(all: &Choices, query: &str) -> Vec<usize> {
    let mut query = Query::new(query);
    let shared_by_each = query.shared_by_each(&all.bigrams);
    let mut best = Best::default();
    // (at most how many bigrams shared, index)
    let mut misspellings = Vec::new();
    for (index, choice) in all.list.iter().enumerate() {
        let shared = usize::from(shared_by_each[index]);
        match query.look(&choice.searchable, shared, best.floor()) {
            Look::Exact(Some(score)) => best.insert(score, index),
            Look::MaybeMisspelt if best.floor() < MAX_TYPO_SCORE => {
                if let Some(shared) = query.misspelling_bound(&choice.searchable, shared) {
                    misspellings.push((shared, index));
                }
            }
            _ => {}
        }
    }
    // Those sharing the most first, a pass over the list for each count: once the count's
    // bound cannot reach the list, no lower count can (the passes are few, and cheaper than
    // sorting them).
    let most = misspellings
        .iter()
        .map(|&(shared, _)| shared)
        .max()
        .unwrap_or(0);
    'counts: for count in (0..=most).rev() {
        for &(_, index) in misspellings.iter().filter(|&&(shared, _)| shared == count) {
            if best.is_full() && query.bound_score(count) < best.floor() {
                break 'counts;
            }
            let title = &all.list[index].searchable;
            if let Some(score) = query.misspelling_score(title, count, best.floor()) {
                best.insert(score, index);
            }
        }
    }
    best.0.into_iter().map(|(_, index)| index).collect()
}

/// The best [`SHOWN`] choices so far, best first: (score, index), ties by index.
#[derive(Default)]
struct Best(Vec<(u32, usize)>);

impl Best {
    fn is_full(&self) -> bool {
        self.0.len() == SHOWN
    }

    /// What a choice must score to get in once the list is full (equalling it, it must come
    /// earlier in the choices than the last one).
    fn floor(&self) -> u32 {
        if self.is_full() {
            self.0[SHOWN - 1].0
        } else {
            0
        }
    }

    fn insert(&mut self, score: u32, index: usize) {
        let at = self
            .0
            .iter()
            .position(|&(s, i)| score > s || score == s && index < i)
            .unwrap_or(self.0.len());
        if at < SHOWN {
            self.0.insert(at, (score, index));
            self.0.truncate(SHOWN);
        }
    }
}

/// One box: its text, the listed options and the highlighted one.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Combobox {
    pub text: String,
    /// The chosen role's slug, once one is picked.
    pub chosen: Option<String>,
    /// Indexes into the choices, best first.
    pub results: Vec<usize>,
    pub active: usize,
    pub open: bool,
}

/// What a key press did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyOutcome {
    /// The box used the key (the browser's default must be prevented).
    Handled,
    /// The reader picked an option with Enter.
    Picked,
    /// Not for the box: let the browser (or the form) have it.
    Ignored,
}

impl Combobox {
    pub fn with_choice(slug: &str, title: &str) -> Self {
        Self {
            text: title.to_owned(),
            chosen: Some(slug.to_owned()),
            ..Self::default()
        }
    }

    /// The reader typed: new options, none chosen yet.
    pub fn type_text(&mut self, text: &str, all: &Choices) {
        self.text = text.to_owned();
        self.chosen = None;
        self.results = if text.trim().is_empty() {
            Vec::new()
        } else {
            best_matches(all, text)
        };
        self.active = 0;
        self.open = !self.results.is_empty();
    }

    /// Picks the option at `position` in the list.
    pub fn pick(&mut self, position: usize, all: &Choices) {
        if let Some(choice) = self.results.get(position).and_then(|i| all.get(*i)) {
            self.text = choice.title.clone();
            self.chosen = Some(choice.slug.clone());
            self.open = false;
        }
    }

    pub fn key(&mut self, key: &str, all: &Choices) -> KeyOutcome {
        let count = self.results.len();
        match key {
            "ArrowDown" if count > 0 => {
                if self.open {
                    self.active = (self.active + 1) % count;
                } else {
                    self.open = true;
                    self.active = 0;
                }
                KeyOutcome::Handled
            }
            "ArrowUp" if count > 0 => {
                self.active = if self.open {
                    (self.active + count - 1) % count
                } else {
                    count - 1
                };
                self.open = true;
                KeyOutcome::Handled
            }
            "Enter" if self.open && count > 0 => {
                self.pick(self.active, all);
                KeyOutcome::Picked
            }
            "Escape" if self.open => {
                self.open = false;
                KeyOutcome::Handled
            }
            _ => KeyOutcome::Ignored,
        }
    }

    /// The id of the highlighted option while the list is open (`aria-activedescendant`).
    pub fn active_option_id(&self, box_id: &str) -> Option<String> {
        (self.open && !self.results.is_empty()).then(|| option_id(box_id, self.active))
    }

    /// What a screen reader hears as the list changes.
    pub fn status(&self) -> String {
        match (self.open, self.results.len()) {
            (true, n) if n > 0 => format!("{n} suggestions; use Up and Down to choose"),
            _ if !self.text.trim().is_empty()
                && self.chosen.is_none()
                && self.results.is_empty() =>
            {
                "No matching roles".into()
            }
            _ => String::new(),
        }
    }
}

pub fn option_id(box_id: &str, position: usize) -> String {
    format!("{box_id}-option-{position}")
}

pub fn listbox_id(box_id: &str) -> String {
    format!("{box_id}-listbox")
}

/// A title with the parts matching the query in `<mark>`.
fn highlighted(title: &str, query: &str) -> Element {
    let mut span = el("span").class("picker-title");
    let mut at = 0;
    // No empty runs: a parser makes no node of one, and the app updates a shown option
    // node for node (src/markup_dom.rs), which needs the tree to match what was parsed.
    for (start, end) in highlight_ranges(title, &normalize(query)) {
        if start > at {
            span = span.text(title[at..start].to_owned());
        }
        span = span.child(el("mark").text(title[start..end].to_owned()));
        at = end;
    }
    if at < title.len() {
        span = span.text(title[at..].to_owned());
    }
    span
}

/// The options of one box (`data-position` tells the app which was clicked).
pub fn options(box_id: &str, state: &Combobox, all: &Choices) -> Vec<Node> {
    state
        .results
        .iter()
        .enumerate()
        .filter_map(|(position, index)| {
            let choice = all.get(*index)?;
            Some(
                el("li")
                    .id(option_id(box_id, position))
                    .attr("role", "option")
                    .attr("aria-selected", (position == state.active).to_string())
                    .attr("data-position", position.to_string())
                    .class("picker-option")
                    .child(highlighted(&choice.title, &state.text))
                    .child(el("span").class("picker-group").text(choice.group.clone()))
                    .into(),
            )
        })
        .collect()
}

/// The attribute of a box that holds the slug of its chosen role, so a page rendered
/// elsewhere (the server, the prerender) is brought to life with its choice.
pub const CHOSEN_ATTRIBUTE: &str = "data-chosen";

/// A combobox: its label, the text box (submitted as `name` when a form is sent without
/// JavaScript), its list of options and a live status for screen readers.
pub fn combobox_field(
    box_id: &'static str,
    label: &'static str,
    placeholder: &'static str,
    initial: &Combobox,
    name: Option<&'static str>,
) -> Element {
    let mut input = el("input")
        .id(box_id)
        .attr("type", "text")
        .attr("role", "combobox")
        .attr("autocomplete", "off")
        .attr("spellcheck", "false")
        .attr("aria-autocomplete", "list")
        .attr("aria-controls", listbox_id(box_id))
        .attr("aria-expanded", "false")
        .attr("placeholder", placeholder)
        .attr("value", initial.text.clone());
    if let Some(slug) = &initial.chosen {
        input = input.attr(CHOSEN_ATTRIBUTE, slug.clone());
    }
    if let Some(name) = name {
        input = input.attr("name", name);
    }
    el("div")
        .class("picker-field")
        .child(el("label").attr("for", box_id).text(label))
        .child(input)
        .child(
            el("ul")
                .id(listbox_id(box_id))
                .attr("role", "listbox")
                .attr("aria-label", label)
                .class("picker-list")
                .attr("hidden", ""),
        )
        .child(
            el("p")
                .class("visually-hidden")
                .attr("role", "status")
                .attr("aria-live", "polite"),
        )
}

/// Every area as a choice of the area box, in the order of `areas.json` (each state
/// followed by its metropolitan and nonmetropolitan areas), grouped by state name.
pub fn area_choices(index: &AreaIndex) -> Choices {
    let state_name = |usps: &str| {
        index
            .area(usps)
            .map_or_else(|| usps.to_owned(), |state| state.name.clone())
    };
    index
        .areas
        .iter()
        .map(|area| {
            let group = match (area.kind, area.states.first()) {
                (AreaKind::National, _) => "The whole country".to_owned(),
                (AreaKind::State, _) => "State".to_owned(),
                (_, Some(usps)) => state_name(usps),
                (_, None) => String::new(),
            };
            // Found by its state too: "texas" lists Texas's metro areas.
            let searchable = format!("{} {group}", area.name);
            Choice::new(&area.key, &area.name, group, &searchable)
        })
        .collect()
}

/// What the role boxes invite the reader to type.
const JOB_TITLE: &str = "Type a job title";

/// The ids of the two boxes.
pub const BOX_IDS: [&str; 2] = ["role-a", "role-b"];

/// The whole picker form, for the app to bring to life.
pub fn picker_form(first: &Combobox, second: &Combobox) -> Node {
    el("form")
        .class("picker")
        .attr("aria-labelledby", "picker-heading")
        .child(el("h2").id("picker-heading").text("Compare any two roles"))
        .child(el("p").class("picker-hint").text(
            "Over 1,000 official occupations and every Role Compare article. Typos are fine.",
        ))
        .child(
            el("div")
                .class("picker-fields")
                .child(combobox_field(
                    BOX_IDS[0],
                    "First role",
                    JOB_TITLE,
                    first,
                    None,
                ))
                .child(combobox_field(
                    BOX_IDS[1],
                    "Second role",
                    JOB_TITLE,
                    second,
                    None,
                )),
        )
        .child(
            el("button")
                .attr("type", "submit")
                .class("button")
                .text("Compare"),
        )
        .child(el("p").class("picker-problem").attr("role", "alert"))
        .into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::navigation::catalog_nav::tests::catalog;

    #[test]
    fn typing_lists_ranked_options_and_keys_move_and_pick() {
        let all = choices(&catalog());
        let mut combo = Combobox::default();
        combo.type_text("dev", &all);
        let titles: Vec<&str> = combo
            .results
            .iter()
            .map(|i| all[*i].title.as_str())
            .collect();
        assert_eq!(
            titles,
            ["Web Developers", "Software Developers"],
            "shorter prefix match first"
        );
        assert!(combo.open);
        assert_eq!(
            combo.active_option_id("role-a").as_deref(),
            Some("role-a-option-0")
        );
        assert_eq!(combo.key("ArrowDown", &all), KeyOutcome::Handled);
        assert_eq!(combo.active, 1);
        assert_eq!(combo.key("ArrowDown", &all), KeyOutcome::Handled);
        assert_eq!(combo.active, 0, "wraps around");
        assert_eq!(combo.key("ArrowUp", &all), KeyOutcome::Handled);
        assert_eq!(combo.key("Enter", &all), KeyOutcome::Picked);
        assert_eq!(combo.chosen.as_deref(), Some("software-developers"));
        assert_eq!(combo.text, "Software Developers");
        assert!(!combo.open);
        assert_eq!(
            combo.key("Enter", &all),
            KeyOutcome::Ignored,
            "a closed box lets Enter submit"
        );
    }

    #[test]
    fn escape_closes_and_typos_still_match() {
        let all = choices(&catalog());
        let mut combo = Combobox::default();
        combo.type_text("statistcian", &all);
        assert_eq!(
            all[combo.results[0]].slug, "statistician",
            "the curated role ranks first"
        );
        assert_eq!(combo.key("Escape", &all), KeyOutcome::Handled);
        assert!(!combo.open);
        assert_eq!(combo.key("Escape", &all), KeyOutcome::Ignored);
        combo.type_text("zzzz", &all);
        assert_eq!(combo.status(), "No matching roles");
    }

    #[test]
    fn a_box_whose_list_has_not_loaded_offers_nothing() {
        let none = Choices::default();
        assert!(none.is_empty());
        assert!(best_matches(&none, "nurse").is_empty());
        let mut combo = Combobox::default();
        combo.type_text("nurse", &none);
        assert!(!combo.open);
    }

    #[test]
    fn option_titles_hold_no_empty_text() {
        let all = choices(&catalog());
        for typed in ["soft", "software developers", "developers", "xq"] {
            let mut combo = Combobox::default();
            combo.type_text(typed, &all);
            let list = Node::from(el("ul").children(options("role-a", &combo, &all)));
            list.walk(&mut |node| {
                assert_ne!(node, &Node::Text("".into()), "an empty run for {typed:?}");
            });
        }
    }

    #[test]
    fn options_mark_the_match_and_the_active_option() {
        let all = choices(&catalog());
        let mut combo = Combobox::default();
        combo.type_text("soft", &all);
        let html = Node::from(el("ul").children(options("role-b", &combo, &all))).to_html();
        assert!(
            html.contains(
                r#"<li id="role-b-option-0" role="option" aria-selected="true" data-position="0""#
            ),
            "{html}"
        );
        assert!(html.contains("<mark>Soft</mark>ware Developers"), "{html}");
    }
}
