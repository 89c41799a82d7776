//! The presets as scenarios: `data::presets` holds each preset's document as
//! text (data knows no formats); reading it is the document format's job.
//! The table is re-exported so callers that read presets need one module.

pub use crate::data::presets::{find, Preset, DEFAULT_PRESET, PRESETS};

use crate::engine::scenario::Scenario;
use crate::format::document::{self, DocumentError};

impl Preset {
    pub fn scenario(&self) -> Result<Scenario, Vec<DocumentError>> {
        document::read_valid(self.document)
    }
}

/// The default preset's scenario. Every preset is checked by the tests, so
/// the fallback (an empty list of errors) is never reached in a release.
pub fn default_scenario() -> Result<Scenario, Vec<DocumentError>> {
    find(DEFAULT_PRESET).ok_or_else(Vec::new)?.scenario()
}
