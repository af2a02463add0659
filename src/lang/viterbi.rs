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

use super::model::N_LANGS;

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

/// The cost of moving from state `p` to state `s` across each kind of gap (after a break, the
/// prior of `s` instead: the line starts afresh).
#[allow(clippy::indexing_slicing, clippy::needless_range_loop)] // counters below the lengths
fn transitions() -> [[[f32; N_LANGS]; N_LANGS]; 3] {
    let mut t = [[[0f32; N_LANGS]; N_LANGS]; 3];
    for (g, gap) in [Gap::Space, Gap::Punct, Gap::Break].into_iter().enumerate() {
        let switch = match gap {
            Gap::Space => SWITCH,
            Gap::Punct => SWITCH_PUNCT,
            Gap::Break => 0.0,
        };
        for p in 0..N_LANGS {
            for s in 0..N_LANGS {
                let cost = if p == s {
                    0.0
                } else if p == UR || s == UR {
                    switch * URDU_SWITCH_FACTOR
                } else {
                    switch
                };
                // `cost` is 0 after a break and the prior is 0 elsewhere, so adding the two
                // here gives bit-for-bit the sum the search used to make step by step.
                let restart = if gap == Gap::Break { PRIOR[s] } else { 0.0 };
                t[g][p][s] = cost + restart;
            }
        }
    }
    t
}

/// The transition table, computed once.
fn transition_table() -> &'static [[[f32; N_LANGS]; N_LANGS]; 3] {
    static TABLE: std::sync::OnceLock<[[[f32; N_LANGS]; N_LANGS]; 3]> = std::sync::OnceLock::new();
    TABLE.get_or_init(transitions)
}

/// Keeps the numbers small on long chunks: only differences matter.
#[inline]
fn subtract_low(costs: &mut [f32; N_LANGS]) {
    let low = costs.iter().copied().fold(f32::INFINITY, f32::min);
    if low.is_finite() {
        for x in costs.iter_mut() {
            *x -= low;
        }
    }
}

/// The cheapest path over a chunk's words, found as they arrive: each word's step of the
/// search is taken when the next word arrives (the digits after the last word still count for
/// it, see [`Search::finish`]). Taking the steps between the scoring of the words, rather than
/// in one tight loop at the end of the chunk, lets the processor overlap their chain of
/// dependent float operations with that scoring (the loop at the end measured slower).
#[derive(Default)]
pub(crate) struct Search {
    /// The last word, not yet stepped.
    pending: Option<Obs>,
    /// Cost of the cheapest path ending in each state, after the words stepped so far.
    cur: [f32; N_LANGS],
    /// Per word stepped: the best predecessor of each state, and whether it is foreign.
    back: Vec<([u8; N_LANGS], bool)>,
}

impl Search {
    /// Starts a new chunk, keeping the buffers.
    pub(crate) fn clear(&mut self) {
        self.pending = None;
        self.back.clear();
    }

    /// Whether no word has arrived since the last [`Search::clear`].
    pub(crate) fn is_empty(&self) -> bool {
        self.pending.is_none() && self.back.is_empty()
    }

    /// The next word of the chunk.
    #[inline(always)]
    pub(crate) fn push(&mut self, o: Obs) {
        if let Some(prev) = self.pending.replace(o) {
            self.step(&prev);
        }
    }

    /// One step of the search: a word with its final costs.
    // The indices are loop counters below N_LANGS into arrays of N_LANGS: in bounds by
    // construction, and the checks vanish from the hot loop.
    #[allow(clippy::indexing_slicing, clippy::needless_range_loop)]
    #[inline(always)]
    fn step(&mut self, o: &Obs) {
        if self.back.is_empty() {
            for (c, (p, e)) in self.cur.iter_mut().zip(PRIOR.iter().zip(o.cost)) {
                *c = p + e;
            }
            subtract_low(&mut self.cur);
            self.back.push(([0; N_LANGS], o.foreign));
            return;
        }
        let trans = transition_table();
        let t = match o.gap {
            Gap::Space => &trans[0],
            Gap::Punct => &trans[1],
            Gap::Break => &trans[2],
        };
        let cur = self.cur;
        let mut next = [0f32; N_LANGS];
        let mut bp = [0u8; N_LANGS];
        for s in 0..N_LANGS {
            // first minimal predecessor wins ties
            let mut best = cur[0] + t[0][s];
            let mut arg = 0u8;
            for p in 1..N_LANGS {
                let c = cur[p] + t[p][s];
                if c < best {
                    best = c;
                    arg = p as u8;
                }
            }
            next[s] = best + o.cost[s];
            bp[s] = arg;
        }
        subtract_low(&mut next);
        self.cur = next;
        self.back.push((bp, o.foreign));
    }

    /// Ends the chunk: `digits` (the evidence after the last word) is added to the last word's
    /// costs, and `labels` gets the state index of every word (0 fa, 1 ar, 2 ur, or
    /// [`FOREIGN`]). The search is then empty again.
    pub(crate) fn finish(&mut self, digits: [f32; N_LANGS], labels: &mut Vec<u8>) {
        if let Some(mut last) = self.pending.take() {
            for (c, d) in last.cost.iter_mut().zip(digits) {
                *c += d;
            }
            self.step(&last);
        }
        labels.clear();
        if self.back.is_empty() {
            return;
        }
        // backtrack
        let mut s = 0usize;
        let mut best = f32::INFINITY;
        for (i, &c) in self.cur.iter().enumerate() {
            if c < best {
                best = c;
                s = i;
            }
        }
        labels.resize(self.back.len(), 0);
        for (l, (b, foreign)) in labels.iter_mut().zip(&self.back).rev() {
            *l = if *foreign { FOREIGN } else { s as u8 };
            s = b.get(s).map_or(0, |&p| usize::from(p));
        }
        self.back.clear();
    }
}

/// Fills `labels` (state index per word: 0 fa, 1 ar, 2 ur) with the cheapest path over `obs`
/// (a [`Search`] in one go).
#[cfg(test)]
pub(crate) fn decide(obs: &[Obs], labels: &mut Vec<u8>) {
    let mut search = Search::default();
    for o in obs {
        search.push(*o);
    }
    search.finish([0.0; N_LANGS], labels);
}

/// The observation of one word from its model costs (`None`: a foreign word).
pub(crate) fn observe(costs: Option<[f32; N_LANGS]>, gap: Gap) -> Obs {
    match costs {
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
        let mut labels = Vec::new();
        decide(
            &[
                obs(fa, Gap::Space),
                obs(weak_ar, Gap::Space),
                obs(fa, Gap::Space),
            ],
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
            &mut labels,
        );
        assert_eq!(labels, [0, 1, 0]);
    }
}
