//! What every version of the document is read with: serde_json under
//! `serde_path_to_error`, a few value kinds serde does not read the way the
//! format wants (decimals from their digits, names from a fixed list,
//! objects that must be objects), and the translation of serde's errors into
//! [`DocumentProblem`]s, each with its path.

use std::fmt;

use rust_decimal::Decimal;
use serde::de::{self, DeserializeOwned, Deserializer, MapAccess, Unexpected, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use serde_path_to_error::Segment;

use super::error::{DocumentError, DocumentProblem, Expected};
use crate::engine::validate::Problem;

/// Reads `text` as a `T`; the first shape problem, by path, if it is not
/// one. `field_lists` are the field lists of the objects inside (each
/// version's `FIELD_LISTS`), so that an unknown field can say which fields
/// are allowed.
pub fn parse<T: DeserializeOwned>(
    text: &str,
    field_lists: fn() -> Vec<&'static [&'static str]>,
    name_lists: &[&'static [&'static str]],
) -> Result<T, DocumentError> {
    let mut reader = serde_json::Deserializer::from_str(text);
    let value = serde_path_to_error::deserialize(&mut reader).map_err(|e| {
        let path = path_of(e.path());
        let mut lists = field_lists();
        lists.push(fields_of::<T>());
        problem(e.inner(), text, path, &lists, name_lists)
    })?;
    reader.end().map_err(|e| not_json(&e, text))?;
    Ok(value)
}

/// The path in the form the app uses everywhere: `groups[0].rfy.rate.year`,
/// empty for the document itself.
fn path_of(path: &serde_path_to_error::Path) -> String {
    let mut out = String::new();
    for segment in path {
        match segment {
            Segment::Seq { index } => out.push_str(&format!("[{index}]")),
            Segment::Map { key } => push_member(&mut out, key),
            Segment::Enum { variant } => push_member(&mut out, variant),
            Segment::Unknown => {}
        }
    }
    out
}

fn push_member(path: &mut String, key: &str) {
    if !path.is_empty() {
        path.push('.');
    }
    path.push_str(key);
}

/// Text that is not JSON, or a JSON value of the wrong shape at `path`, as a
/// problem of the format. serde's wording of its errors is stable ("missing
/// field `x`", "invalid type: …, expected …"); what is not recognised keeps
/// serde's text in a generic shape message.
pub fn problem(
    error: &serde_json::Error,
    text: &str,
    mut path: String,
    field_lists: &[&'static [&'static str]],
    name_lists: &[&'static [&'static str]],
) -> DocumentError {
    if !error.is_data() {
        return not_json(error, text);
    }
    let full = error.to_string();
    let position = format!(" at line {} column {}", error.line(), error.column());
    let message = full.strip_suffix(&position).unwrap_or(&full);
    let shape = || DocumentProblem::Shape {
        detail: message.to_string(),
    };
    let found = if let Some(field) = quoted_after(message, "missing field ") {
        push_member(&mut path, field);
        DocumentProblem::MissingField
    } else if let Some(field) = quoted_after(message, "duplicate field ") {
        push_member(&mut path, field);
        DocumentProblem::DuplicateField
    } else if message.starts_with("unknown field ") {
        // The path already ends with the field.
        match known_list(message, field_lists) {
            Some(allowed) => DocumentProblem::UnknownField { allowed },
            None => shape(),
        }
    } else if message.starts_with("unknown variant ") {
        match known_list(message, name_lists) {
            Some(names) => DocumentProblem::WrongType {
                expected: Expected::OneOf(names.to_vec()),
            },
            None => shape(),
        }
    } else if let Some(max) = at_most(message) {
        DocumentProblem::Invalid(Problem::TooMany { max })
    } else {
        match message.rsplit_once(", expected ").map(|(_, e)| e) {
            Some(wanted) => expected(wanted, message, name_lists)
                .map_or_else(shape, |expected| DocumentProblem::WrongType { expected }),
            None => shape(),
        }
    };
    DocumentError::new(path, found)
}

/// Where the text stops being JSON, as line and character: serde_json counts
/// the column in bytes, people count characters. A text cut short breaks
/// just after its last character, where more was due.
pub fn not_json(error: &serde_json::Error, text: &str) -> DocumentError {
    let line = error.line().max(1);
    let line_text = text.split('\n').nth(line - 1).unwrap_or("");
    let mut bytes = error.column().min(line_text.len());
    while !line_text.is_char_boundary(bytes) {
        bytes -= 1;
    }
    let mut column = line_text[..bytes].chars().count().max(1);
    if error.is_eof() {
        column = line_text.chars().count() + 1;
    }
    DocumentError::new("", DocumentProblem::NotJson { line, column })
}

/// `x` in "<prefix>`x`", the whole message being just that.
fn quoted_after<'a>(message: &'a str, prefix: &str) -> Option<&'a str> {
    message
        .strip_prefix(prefix)?
        .strip_prefix('`')?
        .strip_suffix('`')
}

/// The names serde lists after "expected" (`a`, `b` or `c`), found among
/// `lists` so the problem can carry them.
fn known_list(message: &str, lists: &[&'static [&'static str]]) -> Option<&'static [&'static str]> {
    let (_, wanted) = message.rsplit_once("expected ")?;
    let names: Vec<&str> = wanted.split('`').skip(1).step_by(2).collect();
    lists.iter().copied().find(|list| *list == names.as_slice())
}

/// `M` in "invalid length N, expected at most M entries" ([`Limited`]).
fn at_most(message: &str) -> Option<usize> {
    let (_, rest) = message
        .strip_prefix("invalid length ")?
        .split_once(", expected at most ")?;
    rest.strip_suffix(" entries")?.parse().ok()
}

/// The kind of value serde's "expected …" names.
fn expected(
    wanted: &str,
    message: &str,
    name_lists: &[&'static [&'static str]],
) -> Option<Expected> {
    Some(match wanted {
        "u8" => Expected::WholeNumber {
            max: u8::MAX.into(),
        },
        "u16" => Expected::WholeNumber {
            max: u16::MAX.into(),
        },
        "u32" => Expected::WholeNumber {
            max: u32::MAX.into(),
        },
        "u64" => Expected::WholeNumber { max: u64::MAX },
        "a string" => Expected::Text,
        "a boolean" => Expected::Bool,
        "a sequence" => Expected::List,
        OBJECT => Expected::Object,
        NUMBER => Expected::Number,
        _ if wanted.starts_with(ONE_OF) => {
            Expected::OneOf(known_list(message, name_lists)?.to_vec())
        }
        _ => return None,
    })
}

// ---- Values the format reads its own way ---------------------------------

pub const OBJECT: &str = "an object";
const NUMBER: &str = "a number";
const ONE_OF: &str = "one of ";

/// A decimal: written as a string (`"2700.50"`), read from a string or a
/// JSON number (`2700.5`, `1.5e3`), either way from its digits. serde_json's
/// `arbitrary_precision` hands a number that is not a whole `u64`/`i64` over
/// as its text, so no float is ever involved.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Amount(pub Decimal);

impl Serialize for Amount {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0.to_string())
    }
}

impl<'de> Deserialize<'de> for Amount {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(AmountVisitor)
    }
}

struct AmountVisitor;

impl AmountVisitor {
    fn digits<E: de::Error>(&self, text: &str) -> Result<Amount, E> {
        text.parse()
            .or_else(|_| Decimal::from_scientific(text))
            .map(Amount)
            .map_err(|_| E::invalid_value(Unexpected::Str(text), self))
    }
}

impl<'de> Visitor<'de> for AmountVisitor {
    type Value = Amount;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(NUMBER)
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Amount, E> {
        self.digits(text)
    }

    fn visit_u64<E: de::Error>(self, n: u64) -> Result<Amount, E> {
        Ok(Amount(n.into()))
    }

    fn visit_i64<E: de::Error>(self, n: i64) -> Result<Amount, E> {
        Ok(Amount(n.into()))
    }

    /// A JSON number other than a plain whole one, as serde_json's
    /// `arbitrary_precision` passes it: its text, read by `Number`.
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Amount, A::Error> {
        let number = serde_json::Number::deserialize(de::value::MapAccessDeserializer::new(map))
            .map_err(|_| de::Error::invalid_type(Unexpected::Map, &self))?;
        self.digits(number.as_str())
    }
}

/// An enum written as one of a few names (a tag such as `"kind": "even"`, or
/// a status). Only a string is taken; any other value, or a name not in the
/// list, is refused listing the names.
pub fn name<'de, D: Deserializer<'de>, T: Copy>(
    deserializer: D,
    names: &'static [&'static str],
    values: &'static [T],
) -> Result<T, D::Error> {
    struct NameVisitor<T: 'static> {
        names: &'static [&'static str],
        values: &'static [T],
    }

    impl<'de, T: Copy> Visitor<'de> for NameVisitor<T> {
        type Value = T;

        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str(ONE_OF)?;
            for (i, name) in self.names.iter().enumerate() {
                if i > 0 {
                    f.write_str(", ")?;
                }
                write!(f, "`{name}`")?;
            }
            Ok(())
        }

        fn visit_str<E: de::Error>(self, text: &str) -> Result<T, E> {
            self.names
                .iter()
                .position(|n| *n == text)
                .and_then(|i| self.values.get(i).copied())
                .ok_or_else(|| E::unknown_variant(text, self.names))
        }
    }

    deserializer.deserialize_str(NameVisitor { names, values })
}

/// Declares a document enum written by name: its variants with their names,
/// `NAMES` (in the order of the variants), reading and writing.
macro_rules! named {
    ($(#[$doc:meta])* pub enum $enum:ident { $($variant:ident = $name:literal,)+ }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum $enum {
            $($variant,)+
        }

        impl $enum {
            pub const NAMES: &'static [&'static str] = &[$($name,)+];
            const VALUES: &'static [$enum] = &[$($enum::$variant,)+];

            pub fn name(self) -> &'static str {
                match self {
                    $($enum::$variant => $name,)+
                }
            }
        }

        impl<'de> serde::Deserialize<'de> for $enum {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                $crate::format::document::shape::name(d, Self::NAMES, Self::VALUES)
            }
        }

        impl serde::Serialize for $enum {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.name())
            }
        }
    };
}
pub(crate) use named;

/// Makes document structs objects only. serde's derive also reads a struct
/// from a list of its fields in order (`"start": [2018, 1]`); the format has
/// no such form, so each struct is derived with `#[serde(remote = "Self")]`
/// (which gives inherent `deserialize`/`serialize` functions instead of the
/// traits) and the traits are implemented here, reading through
/// [`ObjectOnly`].
macro_rules! objects_only {
    ($($t:ident $(<$p:ident>)?),+ $(,)?) => {$(
        impl<'de $(, $p: serde::Deserialize<'de>)?> serde::Deserialize<'de> for $t $(<$p>)? {
            fn deserialize<De: serde::Deserializer<'de>>(d: De) -> Result<Self, De::Error> {
                $t::deserialize($crate::format::document::shape::ObjectOnly(d))
            }
        }

        impl $(<$p: serde::Serialize>)? serde::Serialize for $t $(<$p>)? {
            fn serialize<Ser: serde::Serializer>(&self, s: Ser) -> Result<Ser::Ok, Ser::Error> {
                $t::serialize(self, s)
            }
        }
    )+};
}
pub(crate) use objects_only;

/// A deserializer that reads a struct only from a JSON object.
pub struct ObjectOnly<D>(pub D);

impl<'de, D: Deserializer<'de>> Deserializer<'de> for ObjectOnly<D> {
    type Error = D::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        self.0.deserialize_any(visitor)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0
            .deserialize_struct(name, fields, ObjectVisitor(visitor))
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf option unit unit_struct newtype_struct seq tuple
        tuple_struct map enum identifier ignored_any
    }
}

/// Passes a JSON object on to the struct's own visitor; anything else
/// (a list included) is the wrong type.
pub struct ObjectVisitor<V>(V);

impl<'de, V: Visitor<'de>> Visitor<'de> for ObjectVisitor<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(OBJECT)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        self.0.visit_map(map)
    }
}

/// For a field that may be left out but, when given, must have a value
/// (`null` is refused as the wrong type): a field of one variant of a tagged
/// object.
pub fn present<'de, D: Deserializer<'de>, T: Deserialize<'de>>(
    deserializer: D,
) -> Result<Option<T>, D::Error> {
    T::deserialize(deserializer).map(Some)
}

/// The problem a map reader gives when it holds more than `max` entries
/// (read back by [`at_most`]).
pub fn too_many<E: de::Error>(found: usize, max: usize) -> E {
    E::invalid_length(found, &format!("at most {max} entries").as_str())
}

/// The problem a map reader gives for a key it already has (read back as
/// serde's own "duplicate field").
pub fn repeated<E: de::Error>(key: &str) -> E {
    E::custom(format_args!("duplicate field `{key}`"))
}

/// The field names a document struct reads, as its derive states them, so
/// an unknown field's problem can list them: asked for by calling the
/// struct's `Deserialize` with a deserializer that only notes them.
pub fn fields_of<'de, T: Deserialize<'de>>() -> &'static [&'static str] {
    struct Fields<'a>(&'a mut &'static [&'static str]);

    impl<'de> Deserializer<'de> for Fields<'_> {
        type Error = de::value::Error;

        fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Self::Error> {
            Err(de::Error::custom("not a struct"))
        }

        fn deserialize_struct<V: Visitor<'de>>(
            self,
            _: &'static str,
            fields: &'static [&'static str],
            _: V,
        ) -> Result<V::Value, Self::Error> {
            *self.0 = fields;
            Err(de::Error::custom("fields noted"))
        }

        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
            bytes byte_buf option unit unit_struct newtype_struct seq tuple
            tuple_struct map enum identifier ignored_any
        }
    }

    let mut fields: &'static [&'static str] = &[];
    let _ = T::deserialize(Fields(&mut fields));
    fields
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    fn syntax_error(text: &str) -> DocumentError {
        let e = serde_json::from_str::<de::IgnoredAny>(text).expect_err("not JSON");
        not_json(&e, text)
    }

    #[test]
    fn where_the_text_stops_being_json_counts_characters_from_1() {
        // Line 2, character 3 is the stray `x`.
        assert_eq!(
            syntax_error("{\n  x}").problem,
            DocumentProblem::NotJson { line: 2, column: 3 }
        );
        // serde_json counts bytes (9 here); people count characters: the `]`
        // after the comma is the 7th.
        assert_eq!(
            syntax_error("[\"æø\",]").problem,
            DocumentProblem::NotJson { line: 1, column: 7 }
        );
        // Cut short after 9 characters: the 10th, where more was due.
        assert_eq!(
            syntax_error("{\"a\": [1,").problem,
            DocumentProblem::NotJson {
                line: 1,
                column: 10
            }
        );
    }

    #[test]
    fn a_shape_serde_words_unexpectedly_keeps_its_text_in_both_languages() {
        let text = "{}";
        let e = serde_json::from_str::<de::IgnoredAny>(text)
            .and_then(|_| Err::<(), _>(de::Error::custom("something else went wrong")))
            .expect_err("made to fail");
        let found = problem(&e, text, "start".into(), &[], &[]);
        assert_eq!(
            found.problem,
            DocumentProblem::Shape {
                detail: "something else went wrong".into()
            }
        );
        assert_eq!(
            found.message(Lang::En),
            "start: does not have the shape the format requires \
             (the JSON reader says: something else went wrong)"
        );
        assert_eq!(
            found.message(Lang::Da),
            "start: har ikke den form, formatet kræver \
             (JSON-læseren siger: something else went wrong)"
        );
    }

    #[test]
    fn field_lists_are_read_from_the_derive() {
        assert_eq!(
            fields_of::<super::super::v1::Start>(),
            &["year", "month"][..]
        );
        // Not a struct: no fields.
        assert!(fields_of::<Vec<u8>>().is_empty());
    }
}
