//! iCalendar (RFC 5545) text of all-day events, for a calendar program to
//! import.
//!
//! What RFC 5545 asks of such a file, and how it is met here:
//! - one `VCALENDAR` with `VERSION:2.0` and a `PRODID` (§3.7.3, §3.7.4);
//! - each `VEVENT` with a `UID` and a `DTSTAMP` (§3.6.1). The UID is the
//!   caller's, built from content so that importing an updated file again
//!   replaces an event rather than adding a copy; the DTSTAMP is a UTC time
//!   the caller passes in ([`Stamp`]): the core reads no clock;
//! - all-day events: `DTSTART;VALUE=DATE` and an exclusive `DTEND;VALUE=DATE`,
//!   the day after the last day (§3.6.1: "the DTEND property … is
//!   non-inclusive"). An event whose last day is the last the calendar holds
//!   has no day after it; it gets the equivalent `DURATION:P<n>D` instead;
//! - `TRANSP:TRANSPARENT`: the events mark dates, they do not make anyone busy;
//! - TEXT values escaped (§3.3.11): `\` `;` `,` as `\\` `\;` `\,`, a line
//!   break as `\n`; other control characters, which TEXT may not hold, are
//!   left out;
//! - every line ends with CRLF and is folded at 75 octets (§3.1): a longer
//!   line goes on after CRLF and one space, never inside a UTF-8 character.

use crate::date::Date;
use crate::shape::{echo, Problem};

/// Media type of the text [`calendar`] gives.
pub const MEDIA_TYPE: &str = "text/calendar;charset=utf-8";

/// Longest line in octets, the line break not counted (RFC 5545 §3.1).
pub const LINE_OCTETS: usize = 75;

/// A moment in UTC, for `DTSTAMP`: when the file was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    /// The day (UTC).
    pub date: Date,
    /// Hour 0..=23.
    pub hour: u8,
    /// Minute 0..=59.
    pub minute: u8,
    /// Second 0..=59 (a leap second's 60 is read as 59).
    pub second: u8,
}

impl Stamp {
    /// Reads `YYYY-MM-DDTHH:MM:SSZ`, with any fraction of a second before
    /// the `Z` (`2026-12-06T09:30:00.000Z`, what JavaScript's
    /// `new Date().toISOString()` gives) dropped. Only UTC (`Z`) is accepted:
    /// an offset would have to be converted, and DTSTAMP must be UTC.
    pub fn parse(text: &str) -> Option<Stamp> {
        let (date, time) = text.split_once('T')?;
        let date = crate::date::parse(date).ok()?;
        let time = time.strip_suffix('Z')?;
        let (hms, fraction) = match time.split_once('.') {
            Some((hms, f)) => (hms, Some(f)),
            None => (time, None),
        };
        if fraction.is_some_and(|f| f.is_empty() || !f.bytes().all(|b| b.is_ascii_digit())) {
            return None;
        }
        let mut parts = hms.split(':');
        let mut two = |max: u8| -> Option<u8> {
            let part = parts.next()?;
            let value: u8 = if part.len() == 2 && part.bytes().all(|b| b.is_ascii_digit()) {
                part.parse().ok()?
            } else {
                return None;
            };
            (value <= max).then_some(value)
        };
        let (hour, minute, second) = (two(23)?, two(59)?, two(60)?);
        if parts.next().is_some() {
            return None;
        }
        Some(Stamp { date, hour, minute, second: second.min(59) })
    }

    /// As RFC 5545 writes a UTC DATE-TIME: `20261206T093000Z`.
    pub fn ical(&self) -> String {
        // Digits by hand: padded formatting links core::fmt's padding code into the wasm.
        let mut out = ical_date(self.date);
        out.push('T');
        for n in [self.hour, self.minute, self.second] {
            out.push(char::from(b'0' + n / 10 % 10));
            out.push(char::from(b'0' + n % 10));
        }
        out.push('Z');
        out
    }
}

/// A field table's check of a stamp text (`stamp.format`).
pub fn stamp(value: &str) -> Result<(), Problem> {
    match Stamp::parse(value) {
        Some(_) => Ok(()),
        None => Err(Problem::new(&crate::messages::STAMP_FORMAT, vec![("value", echo(value))])),
    }
}

/// One all-day event, `first..=last`.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    /// Unique and stable: the same event in a later file has the same UID.
    pub uid: String,
    /// First day.
    pub first: Date,
    /// Last day (inclusive; written as the exclusive day after).
    pub last: Date,
    /// The title.
    pub summary: String,
    /// A longer text, if any.
    pub description: Option<String>,
}

/// A whole calendar: `prodid` names the program that made it (RFC 5545
/// §3.7.3, e.g. `-//lis1kit//lis1kit 0.1.0//NB`), `stamp` is when.
pub fn calendar(prodid: &str, stamp: &Stamp, events: &[Event]) -> String {
    let mut out = String::with_capacity(256 + events.len() * 320);
    let mut line = |text: &str| push_line(&mut out, text);
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line(&format!("PRODID:{}", escape(prodid)));
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    let dtstamp = format!("DTSTAMP:{}", stamp.ical());
    for event in events {
        line("BEGIN:VEVENT");
        line(&format!("UID:{}", escape(&event.uid)));
        line(&dtstamp);
        line(&format!("DTSTART;VALUE=DATE:{}", ical_date(event.first)));
        match event.last.next_day() {
            Some(after) => line(&format!("DTEND;VALUE=DATE:{}", ical_date(after))),
            None => {
                let days = (event.last - event.first).whole_days().max(0) + 1;
                line(&format!("DURATION:P{days}D"));
            }
        }
        line(&format!("SUMMARY:{}", escape(&event.summary)));
        if let Some(description) = &event.description {
            line(&format!("DESCRIPTION:{}", escape(description)));
        }
        line("TRANSP:TRANSPARENT");
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    out
}

/// A DATE value: `20240229`.
fn ical_date(day: Date) -> String {
    crate::date::format(day).replace('-', "")
}

/// A TEXT value escaped (RFC 5545 §3.3.11): `\` `;` `,` with a backslash, a
/// line break (CRLF, LF or CR) as `\n`, other control characters but tab
/// left out.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' | ';' | ',' => {
                out.push('\\');
                out.push(c);
            }
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends one content line, folded (RFC 5545 §3.1): at most
/// [`LINE_OCTETS`] octets per physical line, the continuation's leading
/// space included, each cut at a character boundary; CRLF after each.
fn push_line(out: &mut String, line: &str) {
    let mut rest = line;
    let mut room = LINE_OCTETS;
    loop {
        if rest.len() <= room {
            out.push_str(rest);
            out.push_str("\r\n");
            return;
        }
        let mut cut = room;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        let (head, tail) = rest.split_at(cut);
        out.push_str(head);
        out.push_str("\r\n ");
        rest = tail;
        room = LINE_OCTETS - 1;
    }
}

/// A short stable token of `text` for a UID (64-bit FNV-1a, 16 hex digits):
/// the same text gives the same token in every file, and a name does not
/// have to be written into the UID.
pub fn token(text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    (0..16).rev().filter_map(|i| char::from_digit(((hash >> (i * 4)) & 0xf) as u32, 16)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> Date {
        crate::date::parse(text).unwrap()
    }

    #[test]
    fn a_stamp_is_utc_with_seconds_and_an_optional_fraction() {
        let want = Stamp { date: day("2026-12-06"), hour: 9, minute: 30, second: 5 };
        assert_eq!(Stamp::parse("2026-12-06T09:30:05Z"), Some(want));
        assert_eq!(Stamp::parse("2026-12-06T09:30:05.123Z"), Some(want));
        assert_eq!(want.ical(), "20261206T093005Z");
        for bad in [
            "2026-12-06T09:30:05",       // no zone
            "2026-12-06T09:30:05+01:00", // an offset
            "2026-12-06T09:30Z",         // no seconds
            "2026-12-06T24:00:00Z",      // hour 24
            "2026-12-06T09:60:00Z",      // minute 60
            "2026-12-06T9:30:05Z",       // one digit
            "2026-12-06T09:30:05.Z",     // an empty fraction
            "2026-13-06T09:30:05Z",      // month 13
            "2026-12-06 09:30:05Z",      // a space for the T
            "",
        ] {
            assert_eq!(Stamp::parse(bad), None, "{bad}");
        }
        assert!(stamp("2026-12-06").is_err());
    }

    #[test]
    fn text_is_escaped_as_rfc_5545_section_3_3_11_says() {
        assert_eq!(escape(r"a\b;c,d"), r"a\\b\;c\,d");
        assert_eq!(escape("line 1\nline 2\r\nline 3\rline 4"), r"line 1\nline 2\nline 3\nline 4");
        // A colon needs no escape in a value; other control characters than tab are left out.
        assert_eq!(escape("kl. 08:00\u{7}\tx"), "kl. 08:00\tx");
    }

    #[test]
    fn a_long_line_is_folded_at_75_octets_with_a_space_on_each_continuation() {
        // 80 ASCII octets: 75 on the first line, then CRLF, a space and the other 5 (6 octets on that line).
        let line = "x".repeat(80);
        let mut out = String::new();
        push_line(&mut out, &line);
        assert_eq!(out, format!("{}\r\n {}\r\n", "x".repeat(75), "x".repeat(5)));
        // 75 octets exactly fit on one line.
        let mut out = String::new();
        push_line(&mut out, &"y".repeat(75));
        assert_eq!(out, format!("{}\r\n", "y".repeat(75)));
        // 75 + 74 + 1: the second physical line holds a space and 74 octets.
        let mut out = String::new();
        push_line(&mut out, &"z".repeat(150));
        assert_eq!(out, format!("{}\r\n {}\r\n {}\r\n", "z".repeat(75), "z".repeat(74), "z"));
    }

    #[test]
    fn folding_never_splits_a_utf8_character() {
        // "SUMMARY:" is 8 octets; then 33 "ø" of 2 octets each = 66 → 74 octets; the 34th "ø" would end at
        // octet 76, so the first line stops at 74 octets and the "ø" goes on the next line after the space.
        let line = format!("SUMMARY:{}", "ø".repeat(40));
        let mut out = String::new();
        push_line(&mut out, &line);
        assert_eq!(out, format!("SUMMARY:{}\r\n {}\r\n", "ø".repeat(33), "ø".repeat(7)));
        for physical in out.split("\r\n") {
            assert!(physical.len() <= LINE_OCTETS, "{physical}");
        }
    }

    #[test]
    fn a_calendar_has_the_required_properties_and_all_day_events() {
        let stamp = Stamp { date: day("2026-12-06"), hour: 12, minute: 0, second: 0 };
        let events = [Event {
            uid: String::from("a@lis1kit"),
            first: day("2024-02-28"),
            last: day("2024-02-29"),
            summary: String::from("Kari; slutt"),
            description: None,
        }];
        // DTEND is the day after the last day: 2024 is a leap year, so 29 February is followed by 1 March.
        assert_eq!(
            calendar("-//lis1kit//test//NB", &stamp, &events),
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//lis1kit//test//NB\r\nCALSCALE:GREGORIAN\r\n\
             METHOD:PUBLISH\r\nBEGIN:VEVENT\r\nUID:a@lis1kit\r\nDTSTAMP:20261206T120000Z\r\n\
             DTSTART;VALUE=DATE:20240228\r\nDTEND;VALUE=DATE:20240301\r\nSUMMARY:Kari\\; slutt\r\n\
             TRANSP:TRANSPARENT\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        );
    }

    #[test]
    fn an_event_on_the_calendars_last_day_has_a_duration_instead_of_an_end() {
        let stamp = Stamp { date: day("2026-12-06"), hour: 0, minute: 0, second: 0 };
        let last = Date::MAX;
        let first = last.previous_day().unwrap();
        let events = [Event { uid: String::from("u"), first, last, summary: String::from("s"), description: None }];
        let text = calendar("p", &stamp, &events);
        // Two days, first..=last: P2D.
        assert!(text.contains("\r\nDURATION:P2D\r\n") && !text.contains("DTEND"), "{text}");
    }

    #[test]
    fn a_token_is_fnv_1a_of_the_text() {
        // FNV-1a 64 test vectors (Fowler–Noll–Vo reference): "" → cbf29ce484222325, "a" → af63dc4c8601ec8c.
        assert_eq!(token(""), "cbf29ce484222325");
        assert_eq!(token("a"), "af63dc4c8601ec8c");
        assert_eq!(token("foobar"), "85944171f73967e8");
    }
}
