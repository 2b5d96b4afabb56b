//! The snippet builder (`embed-builder/index.html`): the Embed page each comparison links
//! to. It is plain HTML and `embed-builder.js`, so it costs the app nothing; the choices it
//! offers (sections, areas) are written here from the core. (Embed pages themselves are
//! ordinary pages made fit for an iframe: [`crate::Site::embed_document`].)

use role_compare_core::data::areas::{AreaIndex, AreaKind};
use role_compare_core::markup::embed::EMBED_SECTIONS;
use role_compare_core::markup::tree::{el, Element, Node};

/// A checkbox or radio button with its label. `id` is unique in the page: the same value can
/// be offered in more than one fieldset (the curated and the generated sections).
fn choice(
    kind: &'static str,
    name: &'static str,
    id: String,
    value: &str,
    label: &str,
    on: bool,
) -> Element {
    let input = el("input")
        .attr("type", kind)
        .attr("name", name)
        .id(id.clone())
        .attr("value", value.to_owned());
    el("div")
        .class("choice")
        .child(if on { input.attr("checked", "") } else { input })
        .child(el("label").attr("for", id).text(label.to_owned()))
}

fn sections_fieldset(kind: &'static str, curated: bool) -> Element {
    let boxes = EMBED_SECTIONS
        .iter()
        .filter(|s| if curated { s.curated } else { s.generated })
        .map(|s| {
            let id = format!("sections-{kind}-{}", s.key);
            choice("checkbox", "sections", id, s.key, s.label, true)
        });
    el("fieldset")
        .class("builder-sections")
        .attr("data-kind", kind)
        .child(el("legend").text("Sections"))
        .children(boxes)
}

/// Every area of `areas.json` as a choice: the nation, then under each state (an
/// `<optgroup>`) the state itself and its metro and nonmetro areas, in the file's order.
fn area_options(areas: &AreaIndex) -> Vec<Element> {
    let option = |key: &str, name: &str| {
        el("option")
            .attr("value", key.to_owned())
            .text(name.to_owned())
    };
    let mut options = Vec::new();
    let mut group: Option<Element> = None;
    for area in &areas.areas {
        match area.kind {
            AreaKind::National => options.push(option(&area.key, &area.name)),
            AreaKind::State => {
                options.extend(group.take());
                group = Some(
                    el("optgroup")
                        .attr("label", area.name.clone())
                        .child(option(&area.key, &format!("{} (whole state)", area.name))),
                );
            }
            AreaKind::Metro | AreaKind::Nonmetro => match group.take() {
                Some(state) => group = Some(state.child(option(&area.key, &area.name))),
                None => options.push(option(&area.key, &area.name)),
            },
        }
    }
    options.extend(group);
    options
}

fn builder_form(areas: &AreaIndex) -> Element {
    let themes = [
        ("auto", "Match the reader’s system"),
        ("light", "Light"),
        ("dark", "Dark"),
    ]
    .map(|(value, label)| {
        choice(
            "radio",
            "theme",
            format!("theme-{value}"),
            value,
            label,
            value == "auto",
        )
    });
    el("form")
        .class("embed-builder")
        .attr("aria-label", "Embed options")
        .child(
            el("fieldset")
                .child(el("legend").text("Theme"))
                .children(themes),
        )
        .child(
            el("div")
                .class("builder-accent")
                .child(el("label").attr("for", "accent").text("Accent colour"))
                .child(
                    el("input")
                        .attr("type", "color")
                        .id("accent")
                        .attr("name", "accent")
                        .attr("value", "#1d4ed8"),
                )
                .child(
                    el("button")
                        .attr("type", "button")
                        .class("button button-secondary")
                        .id("accent-reset")
                        .text("Use the default"),
                )
                .child(
                    el("p")
                        .id("accent-contrast")
                        .class("builder-hint")
                        .attr("aria-live", "polite"),
                ),
        )
        .child(sections_fieldset("curated", true))
        .child(sections_fieldset("generated", false).attr("hidden", ""))
        .child(
            el("div")
                .class("builder-area")
                .attr("data-kind", "generated")
                .attr("hidden", "")
                .child(el("label").attr("for", "area").text("Pay and jobs in"))
                .child(
                    el("select")
                        .id("area")
                        .attr("name", "area")
                        .children(area_options(areas)),
                ),
        )
}

fn snippet(id: &'static str, label: &str, hint: &str) -> Element {
    el("div")
        .class("snippet")
        .child(el("label").attr("for", id).text(label.to_owned()))
        .child(el("p").class("builder-hint").text(hint.to_owned()))
        .child(
            el("textarea")
                .id(id)
                .attr("readonly", "")
                .attr("rows", "4")
                .attr("spellcheck", "false"),
        )
        .child(
            el("button")
                .attr("type", "button")
                .class("button")
                .attr("data-copy", id)
                .text("Copy"),
        )
}

/// The snippet builder's content, inside `<main>`.
pub fn builder_content(areas: &AreaIndex) -> Node {
    el("div")
        .class("page builder")
        .child(el("h1").text("Embed a comparison"))
        .child(el("p").class("subtitle").text(
            "Add a comparison to your site with one snippet. It sizes itself to its content, \
             follows the theme you choose, credits Role Compare and sets no cookies.",
        ))
        .child(
            el("p")
                .id("builder-pair")
                .attr("aria-live", "polite")
                .text("Loading the comparison…"),
        )
        .child(el("noscript").child(el("p").text(
            "Building a snippet here needs JavaScript. The snippet itself is \
             <div data-role-compare=\"<a>-vs-<b>\"></div> followed by \
             <script async src=\"/embed.js\"></script> from this site, with the pair as in \
             the comparison's address.",
        )))
        .child(builder_form(areas))
        .child(el("h2").text("Preview"))
        .child(el("div").class("builder-preview").id("builder-preview"))
        .child(el("h2").text("Snippet"))
        .child(snippet(
            "snippet-loader",
            "With the loader (recommended)",
            "The loader turns the element into an iframe and keeps it as tall as the comparison.",
        ))
        .child(snippet(
            "snippet-iframe",
            "Plain iframe",
            "For sites that allow no outside scripts. It keeps the height given here unless \
             your page resizes it from the comparison’s height messages (see below).",
        ))
        .child(
            el("p")
                .class("copy-status")
                .id("copy-status")
                .attr("role", "status")
                .attr("aria-live", "polite"),
        )
        .child(el("h2").text("Height messages"))
        .child(el("p").text(
            "The comparison posts { type: \"role-compare:height\", height } to its parent page \
             whenever its height changes (height in CSS pixels). Check that the message comes \
             from our origin and from your iframe before using it. Send it \
             { type: \"role-compare:options\", theme, accent, sections } to change those \
             options without reloading.",
        ))
        .into()
}
