use leptos::prelude::*;
use role_compare_core::format_usd;
use role_compare_core::sections::{what_is_id, DIFFERENCES_ID};
use role_compare_core::{Comparison, Role, Section};

use crate::components::contents_list::ContentsList;
use crate::components::paragraphs::Paragraphs;
use crate::components::salary_chart::{SalaryBar, SalaryChart};

/// Brings the section named in the URL's `#fragment` into view. The browser does this by
/// itself only for content that exists at load time, and articles arrive later.
fn scroll_to_location_hash() {
    let hash = window().location().hash().unwrap_or_default();
    let Some(id) = hash.strip_prefix('#').filter(|id| !id.is_empty()) else {
        return;
    };
    let id = js_sys::decode_uri_component(id)
        .ok()
        .and_then(|decoded| decoded.as_string())
        .unwrap_or_else(|| id.to_owned());
    if let Some(element) = document().get_element_by_id(&id) {
        element.scroll_into_view();
    }
}

fn role_points(section: Section, roles: [&Role; 2]) -> impl IntoView {
    let columns = roles
        .map(|role| {
            let items = role
                .points(section)
                .iter()
                .map(|point| view! { <li>{point.clone()}</li> })
                .collect_view();
            view! {
                <div class="role-points-column">
                    <h4>{role.title.clone()}</h4>
                    <ul>{items}</ul>
                </div>
            }
        })
        .into_iter()
        .collect_view();
    view! { <div class="role-points">{columns}</div> }
}

fn salary_figures(comparison: &Comparison) -> impl IntoView {
    let salary = comparison.salary();
    let (fraction_a, fraction_b) = salary.bar_fractions();
    let bars = vec![
        SalaryBar {
            label: comparison.role_a.title.clone(),
            annual_usd: salary.a_usd,
            fraction: fraction_a,
        },
        SalaryBar {
            label: comparison.role_b.title.clone(),
            annual_usd: salary.b_usd,
            fraction: fraction_b,
        },
    ];
    let figures = [&comparison.role_a, &comparison.role_b]
        .map(|role| {
            let figure = &role.salary;
            view! {
                <div class="salary-figure">
                    <dt>{role.title.clone()}</dt>
                    <dd>
                        <span class="salary-amount">{format_usd(figure.annual_usd)}</span>
                        " a year ("
                        {figure.measure.as_str()}
                        ")"
                        <span class="salary-source">
                            {format!("Source: {}, {}.", figure.source, figure.year)}
                        </span>
                    </dd>
                </div>
            }
        })
        .into_iter()
        .collect_view();
    view! {
        <dl class="salary-figures">{figures}</dl>
        <SalaryChart bars description=comparison.salary_chart_description() />
        <p class="salary-difference">
            <strong>"Difference: " {format_usd(salary.difference())} " a year. "</strong>
            {comparison.salary_sentence()}
        </p>
    }
}

fn comparison_section(comparison: &Comparison, section: Section) -> impl IntoView {
    let extra = match section {
        Section::Salary => salary_figures(comparison).into_any(),
        _ => role_points(section, [&comparison.role_a, &comparison.role_b]).into_any(),
    };
    view! {
        <section class="comparison-section" aria-labelledby=section.id()>
            <h3 id=section.id()>{section.heading()}</h3>
            <Paragraphs texts=comparison.article.sections.get(section).to_vec() />
            {extra}
        </section>
    }
}

fn what_is(role: &Role) -> impl IntoView {
    let id = what_is_id(&role.slug);
    let labelled_by = id.clone();
    view! {
        <section aria-labelledby=labelled_by>
            <h2 id=id>{format!("What is {}?", role.with_article())}</h2>
            <Paragraphs texts=role.summary.clone() />
        </section>
    }
}

/// A curated comparison article: title, introduction, contents, what each role is, then
/// the two roles section by section.
#[component]
pub fn ComparisonArticle(comparison: Comparison) -> impl IntoView {
    Effect::new(move |_| request_animation_frame(scroll_to_location_hash));
    let sections = Section::ALL
        .into_iter()
        .map(|section| comparison_section(&comparison, section))
        .collect_view();
    view! {
        <article class="article">
            <header class="article-header">
                <h1>{comparison.article.title.clone()}</h1>
                <p class="subtitle">{comparison.article.subtitle.clone()}</p>
            </header>
            <div class="intro">
                <Paragraphs texts=comparison.article.intro.clone() />
            </div>
            <ContentsList entries=comparison.contents() />
            {what_is(&comparison.role_a)}
            {what_is(&comparison.role_b)}
            <section aria-labelledby=DIFFERENCES_ID>
                <h2 id=DIFFERENCES_ID>{comparison.short_title()}</h2>
                {sections}
            </section>
        </article>
    }
}
