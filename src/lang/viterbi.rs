//! The contextual decision: which language each Arabic-script word of a line is in.
//!
//! Why not decide word by word: many words are good Persian *and* good Arabic (`من`, `از`,
//! `الله`), and a single-word verdict flips on them. Why not decide per sentence: Arabic
//! phrases sit inside Persian sentences without any punctuation. So the words of a line form a
//! sequence over three hidden states (Persian, Arabic, Urdu), each word emits its model cost
//! ([`super::model`]), and changing state between two words costs [`SWITCH`] — less when the
//! gap between them holds punctuation or quotes, where quotations start and end. The cheapest
//! path (Viterbi) labels every word at once; a run of words switches language only when the
//! words' own evidence outweighs the switch.

use super::model::{Model, N_LANGS};

/// Cost (nats) of changing language between two words separated only by spaces. Tuned on the
/// dev set (tried 3–7; Persian lines typed with Arabic letters start to flip below 4).
pub(crate) const SWITCH: f32 = 5.0;
/// Cost when the gap holds punctuation, quotes, brackets or a word in another script.
pub(crate) const SWITCH_PUNCT: f32 = 3.0;
/// Extra prior cost for starting a line in Arabic / Urdu rather than Persian: naskh's home
/// text is Persian, so a word that is equally good in both is read as Persian.
pub(crate) const PRIOR: [f32; N_LANGS] = [0.0, 0.7, 2.0];
/// Index of the Urdu state.
const UR: usize = 2;
/// Switching into or out of Urdu costs this many times more: Urdu inside a Persian or Arabic
/// sentence is rare, while Persian's smaller word list misses religious and literary Arabic
/// words that the Urdu list holds (`والمسلمین`), which must not turn into Urdu one by one.
pub(crate) const URDU_SWITCH_FACTOR: f32 = 2.0;
/// Evidence (nats) from Persian digits (for fa) or Arabic-Indic digits (for ar) next to a word.
pub(crate) const DIGIT_EVIDENCE: f32 = 1.0;

/// What lies between two consecutive Arabic-script words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum Gap {
    /// Only spaces (or nothing): a switch costs [`SWITCH`].
    #[default]
    Space,
    /// Punctuation, quotes, other-script words: a switch costs [`SWITCH_PUNCT`].
    Punct,
    /// A line break: the two sides are decided independently.
    Break,
}

/// One Arabic-script word for the decision.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Obs {
    /// Model costs for fa, ar, ur (plus digit evidence).
    pub cost: [f32; N_LANGS],
    /// The gap *before* this word.
    pub gap: Gap,
    /// A word in none of the modelled languages: it costs nothing in any state and is labelled
    /// [`FOREIGN`] whatever the path.
    pub foreign: bool,
}

/// Label of a word that belongs to none of the modelled languages.
pub(crate) const FOREIGN: u8 = 3;

/// Fills `labels` (state index per word: 0 fa, 1 ar, 2 ur) with the cheapest path.
/// `back` is scratch space reused between calls.
pub(crate) fn decide(obs: &[Obs], back: &mut Vec<[u8; N_LANGS]>, labels: &mut Vec<u8>) {
    labels.clear();
    back.clear();
    if obs.is_empty() {
        return;
    }
    let mut cur = [0f32; N_LANGS];
    for (t, o) in obs.iter().enumerate() {
        let mut next = [0f32; N_LANGS];
        let mut bp = [0u8; N_LANGS];
        for s in 0..N_LANGS {
            let emit = o.cost.get(s).copied().unwrap_or(f32::INFINITY);
            if t == 0 {
                if let Some(n) = next.get_mut(s) {
                    *n = PRIOR.get(s).copied().unwrap_or(0.0) + emit;
                }
                continue;
            }
            let switch = match o.gap {
                Gap::Space => SWITCH,
                Gap::Punct => SWITCH_PUNCT,
                Gap::Break => 0.0,
            };
            // After a break, the prior applies again.
            let restart = if o.gap == Gap::Break {
                PRIOR.get(s).copied().unwrap_or(0.0)
            } else {
                0.0
            };
            let mut best = f32::INFINITY;
            let mut arg = 0u8;
            for (p, &pc) in cur.iter().enumerate() {
                let cost = if p == s {
                    0.0
                } else if p == UR || s == UR {
                    switch * URDU_SWITCH_FACTOR
                } else {
                    switch
                };
                let c = pc + cost + restart;
                if c < best {
                    best = c;
                    arg = p as u8;
                }
            }
            if let (Some(n), Some(b)) = (next.get_mut(s), bp.get_mut(s)) {
                *n = best + emit;
                *b = arg;
            }
        }
        // Keep the numbers small on long chunks: only differences matter.
        let low = next.iter().copied().fold(f32::INFINITY, f32::min);
        if low.is_finite() {
            for x in next.iter_mut() {
                *x -= low;
            }
        }
        cur = next;
        back.push(bp);
    }
    // backtrack
    let mut s = 0usize;
    let mut best = f32::INFINITY;
    for (i, &c) in cur.iter().enumerate() {
        if c < best {
            best = c;
            s = i;
        }
    }
    labels.resize(obs.len(), 0);
    for t in (0..obs.len()).rev() {
        if let Some(l) = labels.get_mut(t) {
            *l = if obs.get(t).is_some_and(|o| o.foreign) {
                FOREIGN
            } else {
                s as u8
            };
        }
        if t > 0 {
            s = back
                .get(t)
                .and_then(|b| b.get(s))
                .copied()
                .map_or(0, usize::from);
        }
    }
}

/// Scores one word with the model.
pub(crate) fn observe(model: &Model, word: &str, gap: Gap) -> Obs {
    match model.costs(word) {
        Some(cost) => Obs {
            cost,
            gap,
            foreign: false,
        },
        None => Obs {
            cost: [0.0; N_LANGS],
            gap,
            foreign: true,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn obs(c: [f32; 3], gap: Gap) -> Obs {
        Obs {
            cost: c,
            gap,
            foreign: false,
        }
    }

    #[test]
    fn weak_evidence_does_not_switch_strong_does() {
        let fa = [0.0, 10.0, 10.0];
        let weak_ar = [2.0, 0.0, 10.0];
        let strong_ar = [12.0, 0.0, 20.0];
        let (mut back, mut labels) = (Vec::new(), Vec::new());
        decide(
            &[
                obs(fa, Gap::Space),
                obs(weak_ar, Gap::Space),
                obs(fa, Gap::Space),
            ],
            &mut back,
            &mut labels,
        );
        assert_eq!(labels, [0, 0, 0]);
        decide(
            &[
                obs(fa, Gap::Space),
                obs(strong_ar, Gap::Space),
                obs(strong_ar, Gap::Space),
                obs(fa, Gap::Space),
            ],
            &mut back,
            &mut labels,
        );
        assert_eq!(labels, [0, 1, 1, 0]);
        // punctuation makes a weaker phrase enough
        let mid = [8.0, 0.0, 20.0];
        decide(
            &[
                obs(fa, Gap::Space),
                obs(mid, Gap::Punct),
                obs(fa, Gap::Punct),
            ],
            &mut back,
            &mut labels,
        );
        assert_eq!(labels, [0, 1, 0]);
    }
}
