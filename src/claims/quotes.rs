//! Stage 2, quotes: pairing the quote marks of each paragraph.

use crate::annotations::Span;
use crate::grammar::{is_double_closer, is_double_opener, is_straight_double};
use crate::offsets::slice;
use crate::text::{Doc, Kind};

/// A pair of quote marks, as token indexes; `close` is `None` when the quote runs to the end
/// of its paragraph.
#[derive(Clone, Copy, Debug)]
pub(super) struct Quote {
    pub(super) open: usize,
    pub(super) close: Option<usize>,
    pub(super) content: Span,
    /// Opens a paragraph and continues a quote left open by the one before.
    pub(super) continues: bool,
}

/// Pairs the quote marks of each paragraph.
pub(super) fn find_quotes(doc: &Doc) -> Vec<Quote> {
    let text = doc.text;
    let mut quotes = Vec::new();
    let mut para_start = 0;
    let mut left_open = false; // the paragraph before ended inside a quote
    let n = doc.tokens.len();
    for end in 0..=n {
        if end < n && doc.tokens[end].kind != Kind::Break {
            continue;
        }
        let mut open: Option<usize> = None;
        // Inside an open quote, whether one of the other style is open in it: "Read the
        // question: “Do you think so?” Forty-three, yes."
        let mut nested = false;
        let mut single: Option<usize> = None;
        let para_first = para_start;
        for i in para_start..end {
            let t = doc.tokens[i];
            if t.kind != Kind::Punct {
                continue;
            }
            let w = doc.word(i);
            let before = slice(text, ..t.span.start).chars().next_back();
            let after = slice(text, t.span.end..).chars().next();
            let space_before = before.is_none_or(|c| {
                c.is_whitespace()
                    || matches!(c, '(' | '[' | '{' | '—' | '–' | '-' | ':' | ';' | '/')
            });
            let space_after = after.is_none_or(char::is_whitespace);
            // Straight marks by their place; curly ones by their shape, unless their place
            // says the typist turned them the wrong way ("”Mr. Trump embodies …”").
            let curly = is_double_opener(w) || is_double_closer(w);
            let turned = curly && space_before != space_after;
            let opener = if is_straight_double(w) || turned {
                space_before && !space_after
                    // ("said Ana Ruiz."We will stay."": typed with no space after the
                    // sentence before, where no quote is open.)
                    || open.is_none()
                        && is_straight_double(w)
                        && before.is_some_and(|c| matches!(c, '.' | ',' | '!' | '?'))
                        && after.is_some_and(char::is_uppercase)
            } else {
                is_double_opener(w)
            };
            let closer = (is_straight_double(w) || curly) && !opener;
            if let Some(o) = open {
                let other_style = is_straight_double(w) != is_straight_double(doc.word(o));
                if nested && closer && other_style {
                    nested = false;
                } else if closer {
                    let content = Span::new(doc.tokens[o].span.end, t.span.start);
                    let continues = left_open && o == para_first;
                    quotes.push(Quote {
                        open: o,
                        close: Some(i),
                        content,
                        continues,
                    });
                    open = None;
                    nested = false;
                } else if opener && other_style && !nested {
                    nested = true;
                } else if opener {
                    open = Some(i); // an unclosed quote gives way to the next one
                    nested = false;
                }
            } else if opener {
                open = Some(i);
                single = None;
            } else if matches!(w, "‘" | "'") && space_before && !space_after {
                single = Some(i);
            } else if matches!(w, "’" | "'")
                && !space_before
                && !after.is_some_and(crate::text::is_alphanumeric)
            {
                if let Some(s) = single.take() {
                    let content = Span::new(doc.tokens[s].span.end, t.span.start);
                    quotes.push(Quote {
                        open: s,
                        close: Some(i),
                        content,
                        continues: left_open && s == para_first,
                    });
                }
            }
        }
        // "She said: 'I spent £200 on it. / 'Now he's in tears.'": a single quote left open
        // by a sentence in capitals goes on in the next paragraph, which opens with a mark.
        if open.is_none() && end + 1 < n {
            open = single.filter(|&s| {
                slice(text, doc.tokens[s].span.end..).starts_with(char::is_uppercase)
                    && matches!(doc.word(end + 1), "‘" | "'")
            });
        }
        let opened_here = open.is_some();
        if let Some(o) = open {
            let last = doc.tokens[end - 1].span.end;
            let continues = left_open && o == para_first;
            if doc.tokens[o].span.end < last {
                quotes.push(Quote {
                    open: o,
                    close: None,
                    content: Span::new(doc.tokens[o].span.end, last),
                    continues,
                });
            }
        }
        left_open = opened_here;
        para_start = end + 1;
    }
    // A quote holds words: `""` is no claim.
    quotes.retain(|q| {
        (q.open + 1..doc.tokens.len())
            .take_while(|&k| doc.tokens[k].span.start < q.content.end)
            .any(|k| doc.tokens[k].kind == Kind::Word)
    });
    quotes
}
