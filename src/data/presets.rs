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
    /// Its place in the story on the first screen, if it has one.
    pub in_story: Option<InStory>,
}

/// A preset in the story the first screen tells: a short name, and the one
/// input that sets it apart from the others (its path).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InStory {
    pub short_da: &'static str,
    pub short_en: &'static str,
    pub decisive: &'static str,
}

pub const PRESETS: &[Preset] = &[
    Preset {
        id: "your-municipality-latest",
        document: include_str!("presets/your-municipality-latest.json"),
        title_en: "Your municipality – latest rates (2026)",
        in_story: None,
        story_en: "A starting point for your own business case in 2026 with the rules from 2022 (no refusion on indsats). The 2026 rates are estimates: the 2024 rates indexed by the 2025 (3.6 %) and 2026 (4.5 %) regulation, because no published 2025–26 rates were found; they are flagged as estimates, so replace them when you know the real ones. From 1 February 2026 no new resource courses start (lov nr. 1750 af 29/12/2025): the question now is whether reviewing the ongoing courses pays. Cases, months shortened and buy-out are Norddjurs' figures as placeholders – replace them with your own.",
    },
    Preset {
        id: "norddjurs-2018-claimed",
        document: include_str!("presets/norddjurs-2018-claimed.json"),
        title_en: "Norddjurs 2018 as claimed",
        // The indsats the claim requires: what the realistic case replaces.
        in_story: Some(InStory {
            short_da: "Norddjurs' påstand",
            short_en: "Norddjurs' claim",
            decisive: "groups[0].indsats.monthly",
        }),
        story_en: "In 2018 Norddjurs Kommune bought out a caseworker 15 hours a week to review selected resource courses, expecting 15 of 125 to be shortened by 3 months on average and move to early pension. Their business case showed a saving of about 0.33 mio. kr. in 2018. Here the indsats saved per case-month is worked backwards so that the result is exactly that 0.33 mio. kr.: the figure the claim requires.",
    },
    Preset {
        id: "norddjurs-2018-realistic",
        document: include_str!("presets/norddjurs-2018-realistic.json"),
        title_en: "Norddjurs 2018 with a realistic indsats",
        in_story: Some(InStory {
            short_da: "Realistisk indsats",
            short_en: "A realistic indsats",
            decisive: "groups[0].indsats.monthly",
        }),
        story_en: "The same cases, rates and buy-out as Norddjurs' business case, but with an indsats saved per case-month in line with public figures. This is what København and Assens found: the indsats saved is far lower than assumed, and shortening costs extra, because early pension is higher than the resource-course benefit and the buy-out must be paid.",
    },
    // The phase-out preset. Its source notes are terse because a preset's
    // share link, notes included, must fit one QR code (tests/share_qr.rs);
    // the reasoning behind its choices, in full:
    // - "Anyway" (56 %): the national share of ended forløb that ended in FP
    //   (data::exits::EXITS_2018). For a case put forward now it means: of
    //   the cases granted, how many would have got FP when the forløb ran
    //   out. Cases chosen for FP and granted are likely nearer FP than the
    //   average ended forløb, so 56 % is a low figure that rather overstates
    //   the lasting cost; at 100 % it is the Norddjurs assumption.
    // - The alternative is fleksjob / ledighedsydelse (19,616 kr. in 2026):
    //   of the 44 % that did not end in FP, 25 points went there, 4 to a
    //   job and 15 elsewhere (mostly kontanthjælp or a new forløb, which no
    //   longer exists); and these are citizens with a permanently reduced
    //   capacity for work, which is what an FP case is about. Kontanthjælp
    //   would make the lasting cost larger (FP − 13,061 vs FP − 19,616).
    // - Lasting 244 months: new FP recipients averaged 48 years; a
    //   48-year-old in 2026 was born 1978, folkepension at 70: (70 − 48) ×
    //   12 = 264 months from the move, less the 20 months cut. A ceiling.
    // - Months cut 20: 24 months left (an assumption; half the audited
    //   forløb were granted 4–5 years) less 4 months from the review to FP
    //   paid (data::exits::REVIEW_COSTS.months_to_fp).
    // - The 20 caseworker hours per FP case are `handling_per_case` (spent
    //   on every case put forward, granted or not), not a cost line: the
    //   cost-line bases are per reviewed case and per granted case. 20 ×
    //   462,770 / 1,924 = 4,810.50, set at 4,810.
    // - Health advice from the region per reviewed case (1,500 kr.): no
    //   published price; about an LÆ 265 fee (1,544 kr. at 2013 level).
    Preset {
        id: "udfasning-2026",
        document: include_str!("presets/udfasning-2026.json"),
        title_en: "Phase-out 2026: reviewing the ongoing resource courses",
        // Whether the granted would have got FP anyway decides 2026.
        in_story: Some(InStory {
            short_da: "Udfasning 2026",
            short_en: "Phase-out 2026",
            decisive: "groups[0].counterfactual.anyway_pct",
        }),
        story_en: "From 1 February 2026 no new resource courses start (lov nr. 1750 af 29/12/2025); the kommune holds a shrinking stock of ongoing courses. Does it pay to review them now and put some forward for early pension, or to let them run out? Here on the 2026 rates (estimates), with no refusion on indsats, half the cases put forward granted (Norddjurs 2018) and the national share of ended courses that ended in early pension (56 %, 2018). The others would have got ledighedsydelse, and for them the extra cost of an early pension lasts, far beyond the months cut: hence ten years. The review's own costs are in: the buy-out, 20 caseworker hours per case put forward and health advice from the region. The number of cases and several figures are assumptions – replace them with your own.",
    },
];

/// The scenario a new user starts with.
pub const DEFAULT_PRESET: &str = "your-municipality-latest";

pub fn find(id: &str) -> Option<&'static Preset> {
    PRESETS.iter().find(|p| p.id == id)
}
