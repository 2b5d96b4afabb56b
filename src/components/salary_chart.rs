use leptos::prelude::*;
use role_compare_core::format_usd;

/// One bar of the chart.
#[derive(Clone)]
pub struct SalaryBar {
    pub label: String,
    pub annual_usd: u64,
    /// Length relative to the longest bar, 0.0–1.0.
    pub fraction: f64,
}

const WIDTH: f64 = 340.0;
const ROW: f64 = 56.0;
const BAR_HEIGHT: f64 = 22.0;

/// A horizontal bar chart of two salaries as inline SVG. Screen readers get `description`
/// instead of the drawing; the figures are also in the text around it.
#[component]
pub fn SalaryChart(bars: Vec<SalaryBar>, description: String) -> impl IntoView {
    let height = ROW * bars.len() as f64;
    let rows = bars
        .into_iter()
        .enumerate()
        .map(|(index, bar)| {
            let top = ROW * index as f64;
            let width = (WIDTH * bar.fraction).max(2.0);
            view! {
                <text class="chart-label" x="0" y=top + 16.0>
                    {format!("{} — {}", bar.label, format_usd(bar.annual_usd))}
                </text>
                <rect
                    class=format!("chart-bar chart-bar-{index}")
                    x="0"
                    y=top + 24.0
                    width=format!("{width:.1}")
                    height=BAR_HEIGHT
                    rx="3"
                ></rect>
            }
        })
        .collect_view();
    view! {
        <figure class="salary-chart">
            <svg
                role="img"
                aria-label=description
                viewBox=format!("0 0 {WIDTH} {height}")
                preserveAspectRatio="xMinYMin meet"
            >
                {rows}
            </svg>
        </figure>
    }
}
