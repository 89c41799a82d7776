//! Presets: ready scenarios, each a scenario document (the same format as
//! links and files) whose `sources` say which figures come from the seed memo,
//! which are published and which are assumptions. Only the table lives here;
//! `format::presets` reads a preset's document, `text` gives its title.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Preset {
    /// Stable id (links, tests).
    pub id: &'static str,
    /// The scenario document. Its `name` and `description` are the Danish
    /// title and story.
    pub document: &'static str,
    pub title_en: &'static str,
    pub story_en: &'static str,
}

pub const PRESETS: &[Preset] = &[
    Preset {
        id: "your-municipality-latest",
        document: include_str!("presets/your-municipality-latest.json"),
        title_en: "Your municipality – latest rates (2024)",
        story_en: "A starting point for your own business case with the latest verified rates (2024) and the rules from 2022: no refusion on indsats. Cases, months shortened and buy-out are Norddjurs' figures as placeholders – replace them with your own.",
    },
    Preset {
        id: "norddjurs-2018-claimed",
        document: include_str!("presets/norddjurs-2018-claimed.json"),
        title_en: "Norddjurs 2018 as claimed",
        story_en: "In 2018 Norddjurs Kommune bought out a caseworker 15 hours a week to review selected resource courses, expecting 15 of 125 to be shortened by 3 months on average and move to early pension. Their business case showed a saving of about 0.33 mio. kr. in 2018. Here the indsats saved per case-month is worked backwards so that the result is exactly that 0.33 mio. kr.: the figure the claim requires.",
    },
    Preset {
        id: "norddjurs-2018-realistic",
        document: include_str!("presets/norddjurs-2018-realistic.json"),
        title_en: "Norddjurs 2018 with a realistic indsats",
        story_en: "The same cases, rates and buy-out as Norddjurs' business case, but with an indsats saved per case-month in line with public figures. This is what København and Assens found: the indsats saved is far lower than assumed, and shortening costs extra, because early pension is higher than the resource-course benefit and the buy-out must be paid.",
    },
];

/// The scenario a new user starts with.
pub const DEFAULT_PRESET: &str = "your-municipality-latest";

pub fn find(id: &str) -> Option<&'static Preset> {
    PRESETS.iter().find(|p| p.id == id)
}
