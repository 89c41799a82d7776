//! The story on the first screen: the claim, the realistic case and the
//! 2026 phase-out side by side, each with its answer and the one input that
//! sets it apart, one click from opening.

use std::rc::Rc;

use yew::prelude::*;

use super::{send, use_app};
use crate::text::{t, T};
use crate::ui::state::Action;
use crate::ui::view::story_cards;

#[function_component(Story)]
pub fn story() -> Html {
    let app = use_app();
    let lang = app.lang;
    // The presets never change: the cards depend on the language alone.
    let cards = use_memo(lang, |lang| Rc::new(story_cards(*lang)));
    html! {
        <section class="story-strip" aria-labelledby="story-title" data-testid="story">
            <h2 id="story-title">{ t(T::StoryTitle, lang) }</h2>
            <ul>
                { for cards.iter().map(|card| {
                    // The scenario on screen came from this preset (opening it
                    // again finds it while it is unchanged, or opens a fresh copy).
                    let shown = app.preset_id == card.preset_id;
                    html! {
                        <li class={classes!("story-card", card.headline.tone())} data-testid={format!("story-{}", card.preset_id)}>
                            <h3>{ card.title }</h3>
                            <p class="context">{ &card.period }</p>
                            <p class="answer"><strong class="figure">{ &card.headline.figure }</strong>{ " " }{ card.headline.verdict }</p>
                            <p class="decisive">{ &card.decisive }</p>
                            <p class="open">
                                <button type="button" onclick={send(&app, Action::ChosePreset(card.preset_id.to_string()))}
                                    aria-label={format!("{} {}", t(T::StoryOpen, lang), card.title)}>{ t(T::StoryOpen, lang) }</button>
                                if shown {
                                    { " " }<span class="shown">{ t(T::StoryShown, lang) }</span>
                                }
                            </p>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
