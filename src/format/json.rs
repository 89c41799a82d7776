//! The JSON the scenario document is written in: a reader that says where a
//! text stops being JSON, and a writer for one-line and indented output.
//!
//! Our own rather than serde: the document is the only JSON the app reads,
//! and a derive-based reader cost about a third of the shipped wasm (issue 6).
//! Numbers are kept as the text they were written as, so a money amount goes
//! from the document to a `Decimal` without passing through a float.

/// A JSON value. Object members keep their order, so a document is written
/// back with its fields where they were.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    /// The number exactly as written (already checked to be a JSON number).
    Number(String),
    Text(String),
    List(Vec<Value>),
    Object(Vec<(String, Value)>),
}

/// Where a text stops being JSON, counted from 1 like an editor does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub line: usize,
    pub column: usize,
}

/// Deeper nesting is refused: no document needs it, and it bounds the stack.
pub const MAX_DEPTH: usize = 64;

impl Value {
    pub fn number(n: impl ToString) -> Value {
        Value::Number(n.to_string())
    }

    /// The member `key` of an object.
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// A non-negative whole number that fits in a `u64`.
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Value::Number(text) if text.bytes().all(|b| b.is_ascii_digit()) => text.parse().ok(),
            _ => None,
        }
    }

    /// On one line, without spaces (links, storage).
    pub fn to_compact(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, None);
        out
    }

    /// Indented by two spaces per level (files).
    pub fn to_pretty(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, Some(0));
        out
    }

    /// `indent` is the current level when pretty-printing, `None` for compact.
    fn write(&self, out: &mut String, indent: Option<usize>) {
        match self {
            Value::Null => out.push_str("null"),
            Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Value::Number(n) => out.push_str(n),
            Value::Text(s) => write_text(out, s),
            Value::List(items) => {
                write_members(out, indent, ('[', ']'), items.iter().map(|v| (None, v)))
            }
            Value::Object(members) => write_members(
                out,
                indent,
                ('{', '}'),
                members.iter().map(|(k, v)| (Some(k.as_str()), v)),
            ),
        }
    }
}

fn write_members<'a>(
    out: &mut String,
    indent: Option<usize>,
    (open, close): (char, char),
    members: impl ExactSizeIterator<Item = (Option<&'a str>, &'a Value)>,
) {
    out.push(open);
    let empty = members.len() == 0;
    let inner = indent.map(|level| level + 1);
    for (i, (key, value)) in members.enumerate() {
        if i > 0 {
            out.push(',');
        }
        new_line(out, inner);
        if let Some(key) = key {
            write_text(out, key);
            out.push(':');
            if indent.is_some() {
                out.push(' ');
            }
        }
        value.write(out, inner);
    }
    if !empty {
        new_line(out, indent);
    }
    out.push(close);
}

fn new_line(out: &mut String, indent: Option<usize>) {
    if let Some(level) = indent {
        out.push('\n');
        for _ in 0..level {
            out.push_str("  ");
        }
    }
}

fn write_text(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                out.push_str("\\u00");
                out.push(hex_digit(c as u32 >> 4));
                out.push(hex_digit(c as u32 & 0xF));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

fn hex_digit(n: u32) -> char {
    char::from_digit(n, 16).unwrap_or('0')
}

/// Reads a whole text as one JSON value (surrounding whitespace allowed).
pub fn parse(text: &str) -> Result<Value, SyntaxError> {
    let mut reader = Reader { text, pos: 0 };
    let value = reader.value(0)?;
    reader.skip_space();
    if reader.pos < text.len() {
        return Err(reader.error());
    }
    Ok(value)
}

struct Reader<'a> {
    text: &'a str,
    /// Byte offset of the next character; always on a character boundary.
    pos: usize,
}

impl Reader<'_> {
    fn error(&self) -> SyntaxError {
        let before = self.text.get(..self.pos).unwrap_or(self.text);
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        SyntaxError {
            line: before.matches('\n').count() + 1,
            column: before.get(line_start..).map_or(0, |l| l.chars().count()) + 1,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    /// Consumes `b` if it is next (after whitespace).
    fn eat(&mut self, b: u8) -> bool {
        self.skip_space();
        let found = self.peek() == Some(b);
        if found {
            self.pos += 1;
        }
        found
    }

    fn expect(&mut self, b: u8) -> Result<(), SyntaxError> {
        if self.eat(b) {
            Ok(())
        } else {
            Err(self.error())
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value, SyntaxError> {
        self.skip_space();
        let Some(first) = self.peek() else {
            return Err(self.error());
        };
        if matches!(first, b'[' | b'{') && depth >= MAX_DEPTH {
            return Err(self.error());
        }
        match first {
            b'{' => {
                self.pos += 1;
                let members = self.members(b'}', |r| {
                    r.skip_space();
                    if r.peek() != Some(b'"') {
                        return Err(r.error());
                    }
                    let key = r.text()?;
                    r.expect(b':')?;
                    Ok((key, r.value(depth + 1)?))
                })?;
                Ok(Value::Object(members))
            }
            b'[' => {
                self.pos += 1;
                Ok(Value::List(self.members(b']', |r| r.value(depth + 1))?))
            }
            b'"' => self.text().map(Value::Text),
            b'-' | b'0'..=b'9' => self.number(),
            _ => {
                for (word, value) in [
                    ("true", Value::Bool(true)),
                    ("false", Value::Bool(false)),
                    ("null", Value::Null),
                ] {
                    if self
                        .text
                        .get(self.pos..)
                        .is_some_and(|rest| rest.starts_with(word))
                    {
                        self.pos += word.len();
                        return Ok(value);
                    }
                }
                Err(self.error())
            }
        }
    }

    /// The members of a list or object, after its opening bracket.
    fn members<T>(
        &mut self,
        close: u8,
        mut member: impl FnMut(&mut Self) -> Result<T, SyntaxError>,
    ) -> Result<Vec<T>, SyntaxError> {
        let mut items = Vec::new();
        if self.eat(close) {
            return Ok(items);
        }
        loop {
            items.push(member(self)?);
            if self.eat(close) {
                return Ok(items);
            }
            self.expect(b',')?;
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.pos;
        while self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.pos += 1;
        }
        self.pos - start
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`
    fn number(&mut self) -> Result<Value, SyntaxError> {
        let start = self.pos;
        self.eat_byte(b'-');
        let leading_zero = self.peek() == Some(b'0');
        let whole = self.digits();
        if whole == 0 || (leading_zero && whole > 1) {
            return Err(self.error());
        }
        if self.eat_byte(b'.') && self.digits() == 0 {
            return Err(self.error());
        }
        if self.eat_byte(b'e') || self.eat_byte(b'E') {
            let _sign = self.eat_byte(b'+') || self.eat_byte(b'-');
            if self.digits() == 0 {
                return Err(self.error());
            }
        }
        let raw = self.text.get(start..self.pos).unwrap_or_default();
        Ok(Value::Number(raw.to_string()))
    }

    /// Consumes `b` if it is the very next byte (no whitespace skipped).
    fn eat_byte(&mut self, b: u8) -> bool {
        let found = self.peek() == Some(b);
        if found {
            self.pos += 1;
        }
        found
    }

    /// A string, from its opening quote.
    fn text(&mut self) -> Result<String, SyntaxError> {
        self.pos += 1;
        let mut out = String::new();
        loop {
            let rest = self.text.get(self.pos..).unwrap_or_default();
            let Some(c) = rest.chars().next() else {
                return Err(self.error());
            };
            match c {
                '"' => {
                    self.pos += 1;
                    return Ok(out);
                }
                '\\' => {
                    self.pos += 1;
                    out.push(self.escape()?);
                }
                c if (c as u32) < 0x20 => return Err(self.error()),
                c => {
                    out.push(c);
                    self.pos += c.len_utf8();
                }
            }
        }
    }

    /// The character an escape stands for, after its backslash.
    fn escape(&mut self) -> Result<char, SyntaxError> {
        let simple = match self.peek() {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                self.pos += 1;
                let unit = self.hex4()?;
                let code = if (0xD800..0xDC00).contains(&unit) {
                    // A leading surrogate must be followed by its trailing half.
                    if !(self.eat_byte(b'\\') && self.eat_byte(b'u')) {
                        return Err(self.error());
                    }
                    let low = self.hex4()?;
                    if !(0xDC00..0xE000).contains(&low) {
                        return Err(self.error());
                    }
                    0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                } else {
                    unit
                };
                return char::from_u32(code).ok_or_else(|| self.error());
            }
            _ => return Err(self.error()),
        };
        self.pos += 1;
        Ok(simple)
    }

    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        let digits = self
            .text
            .get(self.pos..self.pos + 4)
            .ok_or_else(|| self.error())?;
        let unit = u32::from_str_radix(digits, 16)
            .ok()
            .filter(|_| digits.bytes().all(|b| b.is_ascii_hexdigit()))
            .ok_or_else(|| self.error())?;
        self.pos += 4;
        Ok(unit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_kind_of_value_and_writes_it_back() {
        let text = r#"{"a":[1,-2.5e3,true,false,null],"b":"x\"\\\n\u00e6\ud83d\ude00","c":{}}"#;
        let value = parse(text).unwrap();
        assert_eq!(
            value.get("a"),
            Some(&Value::List(vec![
                Value::number(1),
                Value::Number("-2.5e3".into()),
                Value::Bool(true),
                Value::Bool(false),
                Value::Null,
            ]))
        );
        assert_eq!(value.get("b"), Some(&Value::Text("x\"\\\næ😀".into())));
        // Written back: the same text, except æ and 😀 are no longer escaped.
        assert_eq!(
            value.to_compact(),
            r#"{"a":[1,-2.5e3,true,false,null],"b":"x\"\\\næ😀","c":{}}"#
        );
        assert_eq!(parse(&value.to_pretty()).unwrap(), value);
    }

    #[test]
    fn pretty_output_indents_two_spaces_and_keeps_empty_brackets_closed() {
        let value = parse(r#"{"a":[1,{"b":[]}],"c":{}}"#).unwrap();
        assert_eq!(
            value.to_pretty(),
            "{\n  \"a\": [\n    1,\n    {\n      \"b\": []\n    }\n  ],\n  \"c\": {}\n}"
        );
    }

    #[test]
    fn says_where_the_text_stops_being_json() {
        // Line 2, character 3 is the stray `x`.
        assert_eq!(parse("{\n  x}"), Err(SyntaxError { line: 2, column: 3 }));
        // Column counts characters, not bytes: the `]` after the comma is the 7th.
        assert_eq!(parse("[\"æø\",]"), Err(SyntaxError { line: 1, column: 7 }));
        for bad in [
            "",
            "{",
            "[1,]",
            "{\"a\" 1}",
            "01",
            "1.",
            "1e",
            "-",
            "tru",
            "\"\\x\"",
            "\"\\ud800\"",
            "\"\\udc00\"",
            "\"a\nb\"",
            "1 2",
            "{1:2}",
            "\"\\u12\"",
        ] {
            assert!(parse(bad).is_err(), "{bad:?} was accepted");
        }
    }

    #[test]
    fn nesting_deeper_than_the_limit_is_refused_not_overflowed() {
        let ok = "[".repeat(MAX_DEPTH) + &"]".repeat(MAX_DEPTH);
        assert!(parse(&ok).is_ok());
        let deep = "[".repeat(MAX_DEPTH + 1) + &"]".repeat(MAX_DEPTH + 1);
        assert_eq!(
            parse(&deep),
            Err(SyntaxError {
                line: 1,
                column: MAX_DEPTH + 1
            })
        );
        assert!(parse(&"[".repeat(1_000_000)).is_err());
    }

    #[test]
    fn control_characters_are_escaped_when_written() {
        assert_eq!(
            Value::Text("a\u{1}\tb".into()).to_compact(),
            "\"a\\u0001\\tb\""
        );
    }

    #[test]
    fn as_u64_takes_only_plain_whole_numbers() {
        assert_eq!(Value::number(7).as_u64(), Some(7));
        for not in ["-1", "1.0", "1e2", "18446744073709551616"] {
            assert_eq!(Value::Number(not.into()).as_u64(), None, "{not}");
        }
        assert_eq!(Value::Text("7".into()).as_u64(), None);
    }
}
