use yew::prelude::*;

use super::use_app;
use crate::format::number::{format_decimal, format_kr};
use crate::text::{t, T};
use crate::ui::chart_geometry::{layout, svg_number as px};

const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 220.0;

#[derive(Properties, PartialEq, Default)]
pub struct YearChartProps {
    /// Put before its ids and test id, so meeting mode can show a second
    /// one while the first is in the (hidden) page.
    #[prop_or_default]
    pub prefix: AttrValue,
}

/// Net per calendar year (bars) and cumulative net (line), drawn as SVG.
#[function_component(YearChart)]
pub fn year_chart(props: &YearChartProps) -> Html {
    let app = use_app();
    let id = |name: &str| format!("{}{name}", props.prefix);
    let lang = app.lang;
    let Some(outcome) = &app.outcome else {
        return html! {};
    };
    let g = layout(outcome, WIDTH, HEIGHT);
    let points: Vec<String> = g
        .bars
        .iter()
        .map(|b| format!("{},{}", px(b.centre), px(b.cumulative_y)))
        .collect();
    html! {
        <section class="chart" aria-labelledby={id("chart-title")}>
            <h2 id={id("chart-title")}>{ t(T::Chart, lang) }</h2>
            <svg viewBox={format!("0 0 {} {}", px(WIDTH), px(HEIGHT))} role="img" data-testid={id("chart")}
                aria-labelledby={format!("{} {}", id("chart-svg-title"), id("chart-svg-desc"))} preserveAspectRatio="xMidYMid meet">
                <title id={id("chart-svg-title")}>{ t(T::Chart, lang) }</title>
                <desc id={id("chart-svg-desc")}>
                    { t(T::ChartDesc, lang) }{ " " }
                    { for g.bars.iter().map(|b| format!("{}: {} / {}. ", b.year, format_kr(b.net, lang), format_kr(b.cumulative, lang))) }
                </desc>
                { for g.ticks.iter().map(|tick| html! {
                    <g class="tick">
                        <line x1={px(g.plot_left)} x2={px(g.plot_right)} y1={px(tick.y)} y2={px(tick.y)} />
                        <text x={px(g.plot_left - 6.0)} y={px(tick.y + 4.0)} text-anchor="end">{ format_decimal(tick.value, lang, 0) }</text>
                    </g>
                }) }
                { for g.bars.iter().map(|b| html! {
                    <g class={classes!("bar", if b.net.is_sign_negative() { "negative" } else { "positive" })}>
                        <rect x={px(b.x)} y={px(b.y)} width={px(b.width)} height={px(b.height.max(1.0))}>
                            <title>{ format!("{}: {}", b.year, format_kr(b.net, lang)) }</title>
                        </rect>
                        <text class="year" x={px(b.centre)} y={px(g.plot_bottom + 18.0)} text-anchor="middle">{ b.year.to_string() }</text>
                    </g>
                }) }
                <line class="zero" x1={px(g.plot_left)} x2={px(g.plot_right)} y1={px(g.zero_y)} y2={px(g.zero_y)} />
                <polyline class="cumulative" points={points.join(" ")} />
                { for g.bars.iter().map(|b| html! {
                    <circle class="cumulative-point" cx={px(b.centre)} cy={px(b.cumulative_y)} r="4">
                        <title>{ format!("{} {}: {}", t(T::ChartCumulative, lang), b.year, format_kr(b.cumulative, lang)) }</title>
                    </circle>
                }) }
            </svg>
            <p class="legend" aria-hidden="true">
                <span class="key bar-key"></span>{ t(T::ChartNet, lang) }
                <span class="key line-key"></span>{ t(T::ChartCumulative, lang) }
            </p>
        </section>
    }
}
