//! The contextual decision: which language each Arabic-script word of a line is in.
//!
//! Why not decide word by word: many words are good Persian *and* good Arabic (`من`, `از`,
//! `الله`), and a single-word verdict flips on them. Why not decide per sentence: Arabic
//! phrases sit inside Persian sentences without any punctuation. So the words of a line form a
//! sequence over hidden states (one per language of [`super::model::MODEL_LANGS`]), each word
//! emits its model cost
//! ([`super::model`]), and changing state between two words costs [`SWITCH`] — less when the
//! gap between them holds punctuation or quotes, where quotations start and end. The cheapest
//! path (Viterbi) labels every word at once; a run of words switches language only when the
//! words' own evidence outweighs the switch.

use super::model::{
    lowest_minor, min, tree_min, WordCosts, AR, FA, MINOR_LANGS, MODEL_LANGS, N_LANGS,
};
use super::Lang;

/// Cost (nats) of changing language between two words separated only by spaces. Tuned on the
/// dev set (tried 3–7; Persian lines typed with Arabic letters start to flip below 4).
pub(crate) const SWITCH: f32 = 5.0;
/// Cost when the gap holds punctuation, quotes, brackets or a word in another script.
pub(crate) const SWITCH_PUNCT: f32 = 3.0;
/// Extra prior cost for starting a line in each language rather than Persian: naskh's home
/// text is Persian, so a word that is equally good in Persian and another language is read as
/// Persian; Arabic is next, the region's other languages after it.
/// The languages modelled only to keep them from Persian (Balochi, Kashmiri, Gilaki: reported as
/// `other`) start a line only on clear evidence: +4 nats.
#[allow(clippy::indexing_slicing)] // `i < N_LANGS`, evaluated at compile time
pub(crate) const PRIOR: [f32; N_LANGS] = {
    let mut p = [2.0; N_LANGS];
    p[FA] = 0.0;
    p[AR] = 0.7;
    let mut i = 0;
    while i < N_LANGS {
        if matches!(MODEL_LANGS[i], Lang::Other) {
            p[i] = 4.0;
        }
        i += 1;
    }
    p
};
/// The factor every state but Persian and Arabic has in [`SWITCH_FACTOR`]; the one-pass search
/// relies on the factors being 1 (for [`is_minor`] false) or this.
const MINOR_FACTOR: f32 = 2.0;
/// Switching into or out of a language other than Persian and Arabic costs this many times
/// more: such a language inside a Persian or Arabic sentence is rare, while Persian's word list
/// misses religious and literary Arabic words that the Urdu list holds (`والمسلمین`), and Dari
/// words that the Pashto list holds (`پوهنتون`), which must not change language one by one.
pub(crate) const SWITCH_FACTOR: [f32; N_LANGS] = {
    let mut f = [MINOR_FACTOR; N_LANGS];
    f[FA] = 1.0;
    f[AR] = 1.0;
    f
};
/// A switch into or out of a language other than Persian and Arabic right after a line's first
/// word costs this many times more. A one-word island in the middle of a line pays two
/// switches, the first word of a line only one: without this, a Pashto line's first word that
/// the Arabic list knows better (`هو،` "yes,", a discourse word news lists rarely hold) becomes
/// Arabic (Pashto dev lines with every word right: 96.7% with it, 90.0% without; Sindhi 98.3% /
/// 97.0%, South Azerbaijani 67.6% / 63.7%; Persian and Arabic the same). Only the first word:
/// a line does end in one word of another language (`او گفت گوڵ زیباست`, a Kurdish word before a
/// Persian verb), and between Persian and Arabic switches keep the plain cost both ways (a
/// Persian line starts with `شعار` before an Arabic quotation, or ends with `است` after one).
const EDGE_FACTOR: f32 = 2.0;
/// Extra cost (nats) for a line that shows an Arabic keyboard ([`super::keyboard`]: it writes
/// `ي`/`ك` for Persian's `ی`/`ک` and has a `پ`, `چ`, `ژ` or `گ`) to start in Arabic. On such a
/// line Persian's words are scored as if typed with `ی`/`ک`, while an Arabic word spelt with
/// `ي`/`ك` pays no price in Arabic: a transliterated name that starts the line and that the
/// Arabic list holds more often (`ماريو مونتي`, `دكتور كريستين`) was read as Arabic, where typed
/// with `ی`/`ک` the spelling kept it Persian. The line's Persian letters say who typed it, so
/// starting it in Arabic costs more; an Arabic quotation that opens the line still outweighs
/// this (`قال رسول الله …`). UD Persian-Seraji sentences retyped that way: words labelled Arabic
/// 0.280% → 0.255% (0.168% as typed); the real-text corpus's damaged Persian 0.27% → 0.25%
/// (Persian lines that start with a name or a loanword); tried 2 and 4 nats: the same on the
/// sentences, 16 and 37 words of the corpus; the dev sets unchanged by any of them.
pub(crate) const KEYBOARD_AR_START: f32 = 3.0;
/// Evidence (nats) from Persian digits (for fa) or Arabic-Indic digits (for ar) next to a word.
pub(crate) const DIGIT_EVIDENCE: f32 = 1.0;
/// The cost Arabic-Indic digits (٠-٩) next to a word add in each language: [`DIGIT_EVIDENCE`]
/// in the languages that write other digits (Arabic and Central Kurdish write these).
pub(crate) const AR_DIGIT_EVIDENCE: [f32; N_LANGS] = digit_evidence(false);
/// The cost Persian digits (۰-۹) next to a word add in each language: [`DIGIT_EVIDENCE`] in
/// the languages that write other digits (Persian, Urdu, Pashto, Sindhi, South Azerbaijani and
/// Balochi write these; Uyghur writes ASCII digits).
pub(crate) const FA_DIGIT_EVIDENCE: [f32; N_LANGS] = digit_evidence(true);

#[allow(clippy::indexing_slicing)] // `i < N_LANGS`, evaluated at compile time
const fn digit_evidence(persian_digits: bool) -> [f32; N_LANGS] {
    let mut e = [0.0; N_LANGS];
    let mut i = 0;
    while i < N_LANGS {
        let writes_persian = matches!(
            MODEL_LANGS[i],
            Lang::Persian
                | Lang::Urdu
                | Lang::Pashto
                | Lang::Sindhi
                | Lang::SouthAzerbaijani
                | Lang::Other // Balochi, Gilaki
        );
        let writes_arabic = matches!(MODEL_LANGS[i], Lang::Arabic | Lang::CentralKurdish);
        let writes = if persian_digits {
            writes_persian
        } else {
            writes_arabic
        };
        if !writes {
            e[i] = DIGIT_EVIDENCE;
        }
        i += 1;
    }
    e
}

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
    /// Model costs per language of [`super::model::MODEL_LANGS`] (plus digit evidence).
    pub cost: [f32; N_LANGS],
    /// The gap *before* this word.
    pub gap: Gap,
    /// A word in none of the modelled languages: it costs nothing in any state and is labelled
    /// [`FOREIGN`] whatever the path.
    pub foreign: bool,
    /// The lowest of `cost` among the states of [`MINOR_FACTOR`] ([`lowest_minor`]), which
    /// [`certain`] reads for every word: the word cache keeps it beside the costs
    /// ([`WordCosts`]), so most words do not take it again.
    pub minor: f32,
}

impl Obs {
    /// A word with these costs (its `minor` taken from them).
    #[cfg(test)]
    pub(crate) fn new(cost: [f32; N_LANGS], gap: Gap, foreign: bool) -> Obs {
        Obs {
            cost,
            gap,
            foreign,
            minor: lowest_minor(&cost),
        }
    }

    /// Adds `evidence` to the costs (and takes `minor` again).
    #[inline]
    pub(crate) fn add(&mut self, evidence: [f32; N_LANGS]) {
        for (c, d) in self.cost.iter_mut().zip(evidence) {
            *c += d;
        }
        self.minor = lowest_minor(&self.cost);
    }
}

/// Label of a word that belongs to none of the modelled languages.
pub(crate) const FOREIGN: u8 = u8::MAX;

/// The cost of moving from state `p` to state `s` across a gap: 0 when `p == s`, else the
/// gap's switch cost times the larger [`SWITCH_FACTOR`] of the two, and times [`EDGE_FACTOR`]
/// when that factor is not 1 and the gap follows a line's first word (`edge`); after a break,
/// the prior of `s` instead (the line starts afresh). [`Search`] finds the cheapest predecessor
/// without this table (see [`Step::predecessor`]); the tests check it against the table.
#[cfg(test)]
fn transition(gap: Gap, p: usize, s: usize, edge: bool) -> f32 {
    let switch = match gap {
        Gap::Space => SWITCH,
        Gap::Punct => SWITCH_PUNCT,
        Gap::Break => return PRIOR[s],
    };
    let factor = SWITCH_FACTOR[p].max(SWITCH_FACTOR[s]);
    if p == s {
        0.0
    } else if factor != 1.0 && edge {
        switch * factor * EDGE_FACTOR
    } else {
        switch * factor
    }
}

/// Whether switching into or out of state `s` costs [`MINOR_FACTOR`] times more.
#[inline]
#[allow(clippy::indexing_slicing)] // `s < N_LANGS` is tested first
const fn is_minor(s: usize) -> bool {
    s < N_LANGS && SWITCH_FACTOR[s] != 1.0
}

/// Keeps the numbers small on long chunks (only differences matter): subtracts the lowest cost
/// from all, and returns the first state that had it (the cheapest state, which then costs
/// exactly 0).
#[inline(always)]
fn subtract_low(costs: &mut [f32; N_LANGS]) -> u8 {
    let low = tree_min(*costs);
    if !low.is_finite() {
        return 0;
    }
    let arg = costs.iter().position(|&x| x == low).unwrap_or(0);
    for x in costs.iter_mut() {
        *x -= low;
    }
    arg as u8
}

/// The cheapest path over a chunk's words. The words are kept as they arrive (the digits after
/// the last word still count for it, see [`Search::finish`]); at the end of the chunk, most
/// chunks — a line of one language — are settled by a cheap proof that staying in one language
/// is the cheapest path by a clear margin ([`certain`]), and only the others are searched over
/// every state.
#[derive(Default)]
pub(crate) struct Search {
    /// The chunk's words.
    obs: Vec<Obs>,
    /// Cost of the cheapest path ending in each state, after the words stepped so far, less the
    /// cheapest of them (so the cheapest is 0).
    cur: [f32; N_LANGS],
    /// The first state whose `cur` is 0.
    cur_arg: u8,
    /// Whether the last word stepped began a line (after a break).
    last_was_break: bool,
    /// Per word stepped: what its step saw, to find the path's predecessors again.
    back: Vec<Step>,
}

/// The margin (nats) by which [`certain`] wants the path in one language cheaper than every
/// other, plus [`CERTAIN_MARGIN_PER_WORD`] a word: far above what rounding moves a path's cost
/// (at most a few millionths of a nat a word, in [`Search::step`] and in [`certain`] alike), so
/// the search over every state would find that same path.
const CERTAIN_MARGIN: f32 = 0.05;
const CERTAIN_MARGIN_PER_WORD: f32 = 1e-4;

/// The lowest prior of a state of [`MINOR_FACTOR`].
#[allow(clippy::indexing_slicing)] // `i < N_LANGS`, evaluated at compile time
const MINOR_PRIOR: f32 = {
    let mut low = f32::INFINITY;
    let mut i = 0;
    while i < N_LANGS {
        if is_minor(i) && PRIOR[i] < low {
            low = PRIOR[i];
        }
        i += 1;
    }
    low
};

/// The state the cheapest path over `obs` (a chunk: only its first word after a break) stays in
/// for every word, when a proof shows it: Persian or Arabic, whichever costs less over the whole
/// chunk (call it `c`), is cheaper by [`CERTAIN_MARGIN`] than every path that leaves it. `None`
/// when the proof fails (the chunk is then searched).
///
/// The proof is a search over a coarser picture, whose every path costs no more than the paths
/// it stands for: three states — `c`, the other of Persian and Arabic, and "a minor language",
/// whose word cost is the lowest of theirs and whose prior is the lowest of theirs — with the
/// plain switch between `c` and the other, [`MINOR_FACTOR`] times it into or out of a minor
/// language, and nothing between two minor languages ([`EDGE_FACTOR`] only adds). Each path
/// over every state stands for one there, no cheaper, and only the path that stays in `c`
/// stands for staying in `c`. So when the cheapest coarse path that is anywhere not in `c`
/// (tracked apart: `c` after leaving it, the other, the minor) costs more than staying in `c`,
/// so does every path over every state that leaves `c`. Costs are kept less the cost of
/// staying, so the numbers stay small and rounding cannot add up.
#[allow(clippy::indexing_slicing)] // FA, AR and the loop's index are below N_LANGS
fn certain(obs: &[Obs]) -> Option<u8> {
    let (first, rest) = obs.split_first()?;
    // the cheaper of Persian and Arabic over the chunk, with their priors
    let (mut fa, mut ar) = (PRIOR[FA], PRIOR[AR]);
    for o in obs {
        fa += o.cost[FA];
        ar += o.cost[AR];
    }
    let (c, other) = if fa <= ar { (FA, AR) } else { (AR, FA) };
    let margin = CERTAIN_MARGIN + CERTAIN_MARGIN_PER_WORD * obs.len() as f32;
    // what each coarse state costs more than staying in `c`: back in `c` after leaving it, in
    // the other, in a minor language
    let stay = PRIOR[c] + first.cost[c];
    let mut back = f32::INFINITY;
    let mut to_other = PRIOR[other] + first.cost[other] - stay;
    let mut to_minor = MINOR_PRIOR + first.minor - stay;
    for o in rest {
        debug_assert!(
            o.cost.iter().all(|c| !c.is_nan()),
            "a NaN cost reached the search"
        );
        let switch = match o.gap {
            Gap::Space => SWITCH,
            Gap::Punct => SWITCH_PUNCT,
            Gap::Break => return None,
        };
        let far = switch * MINOR_FACTOR;
        let stay_cost = o.cost[c];
        let next_back = min(min(back, to_other + switch), to_minor + far);
        let next_other = min(min(to_other, switch), min(back + switch, to_minor + far))
            + (o.cost[other] - stay_cost);
        let next_minor =
            min(min(to_minor, far), min(back + far, to_other + far)) + (o.minor - stay_cost);
        back = next_back;
        to_other = next_other;
        to_minor = next_minor;
        if back < margin {
            // (`back` never grows again)
            return None;
        }
    }
    (margin < min(min(back, to_other), to_minor)).then_some(c as u8)
}

// The states of MINOR_FACTOR are the model's minor languages, whose lowest cost a word keeps.
#[allow(clippy::indexing_slicing)] // `k < MINOR_LANGS.len()`, evaluated at compile time
const _: () = {
    let mut s = 0;
    while s < N_LANGS {
        let mut listed = false;
        let mut k = 0;
        while k < MINOR_LANGS.len() {
            listed |= MINOR_LANGS[k] == s;
            k += 1;
        }
        assert!(
            listed == is_minor(s),
            "MINOR_LANGS must be the states of MINOR_FACTOR"
        );
        s += 1;
    }
};

/// What one step of a [`Search`] saw: enough to find any state's cheapest predecessor again.
#[derive(Clone, Copy)]
struct Step {
    /// The costs of the states before the word (relative to the cheapest, `prev_arg`).
    prev: [f32; N_LANGS],
    /// The plain switch cost across the gap before the word.
    switch: f32,
    /// The larger switch cost ([`MINOR_FACTOR`] times the plain one, and [`EDGE_FACTOR`] after
    /// a line's first word).
    far: f32,
    /// The first state whose `prev` is 0.
    prev_arg: u8,
    /// The word starts a line (or the chunk): every state's predecessor is `prev_arg`.
    restart: bool,
    /// The word is in none of the modelled languages.
    foreign: bool,
}

impl Step {
    /// A word after a line break, or the chunk's first word.
    fn restart(prev: [f32; N_LANGS], prev_arg: u8, foreign: bool) -> Step {
        Step {
            prev,
            switch: 0.0,
            far: 0.0,
            prev_arg,
            restart: true,
            foreign,
        }
    }

    /// The cheapest predecessor of state `s`: staying; else the cheapest of Persian and Arabic
    /// (the first on a tie) at the plain switch (at the larger one into a state of
    /// [`MINOR_FACTOR`]); else the cheapest state of all at the larger switch — each taken only
    /// when strictly cheaper than the ones before it. Candidates that are not real transitions
    /// (a state "switching" to itself) are never cheaper than staying, so they never win.
    #[inline]
    fn predecessor(&self, s: u8) -> u8 {
        if self.restart {
            return self.prev_arg;
        }
        let i = usize::from(s);
        let Some(&stay) = self.prev.get(i) else {
            return self.prev_arg;
        };
        let (major, major_arg) = major(&self.prev);
        let near = if is_minor(i) {
            major + self.far
        } else {
            major + self.switch
        };
        let (mut best, mut arg) = (stay, s);
        if near < best {
            best = near;
            arg = major_arg;
        }
        if self.far < best {
            arg = self.prev_arg;
        }
        arg
    }
}

/// The cheaper of Persian and Arabic in `costs` (the states of factor 1), and which: Persian on
/// a tie.
#[inline(always)]
fn major(costs: &[f32; N_LANGS]) -> (f32, u8) {
    let (ar, fa) = (
        costs.get(AR).copied().unwrap_or(f32::INFINITY),
        costs.get(FA).copied().unwrap_or(f32::INFINITY),
    );
    if ar < fa {
        (ar, AR as u8)
    } else {
        (fa, FA as u8)
    }
}

impl Search {
    /// Starts a new chunk, keeping the buffers.
    pub(crate) fn clear(&mut self) {
        self.obs.clear();
        self.last_was_break = false;
        self.back.clear();
    }

    /// Whether no word has arrived since the last [`Search::clear`].
    pub(crate) fn is_empty(&self) -> bool {
        self.obs.is_empty()
    }

    /// The next word of the chunk.
    #[inline(always)]
    pub(crate) fn push(&mut self, o: Obs) {
        debug_assert_eq!(
            o.minor.to_bits(),
            lowest_minor(&o.cost).to_bits(),
            "a word's minor is not its costs' lowest minor"
        );
        self.obs.push(o);
    }

    /// The step of a word that starts a line (or the chunk): each state costs its prior plus
    /// the word's cost, and every state's predecessor is `prev_arg`.
    #[inline(always)]
    fn restart(&mut self, o: &Obs, prev_arg: u8) {
        let prev = self.cur;
        let mut next = [0f32; N_LANGS];
        for (n, (p, c)) in next.iter_mut().zip(PRIOR.iter().zip(o.cost)) {
            *n = p + c;
        }
        self.cur_arg = subtract_low(&mut next);
        self.cur = next;
        self.back.push(Step::restart(prev, prev_arg, o.foreign));
    }

    /// One step of the search: a word with its final costs. Only the costs move forward here;
    /// the cheapest predecessor of a state is found again, for the one state the path takes,
    /// when [`Search::finish`] walks back ([`Step::predecessor`]): the same comparisons on the
    /// same numbers, so the path is the one a table of every state's predecessor gives, and the
    /// step is a few `min`s over the states the compiler keeps free of branches.
    // The indices are loop counters below N_LANGS into arrays of N_LANGS: in bounds by
    // construction, and the checks vanish from the hot loop.
    #[allow(clippy::indexing_slicing, clippy::needless_range_loop)]
    #[inline(always)]
    fn step(&mut self, o: &Obs) {
        let cur = self.cur;
        let all_arg = self.cur_arg;
        if self.back.is_empty() {
            // the first word has no predecessor: `finish` never asks for it
            self.restart(o, 0);
            return;
        }
        // see EDGE_FACTOR: the previous word began its line
        let first_of_line = self.back.len() == 1 || self.last_was_break;
        let edge = if first_of_line { EDGE_FACTOR } else { 1.0 };
        self.last_was_break = o.gap == Gap::Break;
        let switch = match o.gap {
            Gap::Space => SWITCH,
            Gap::Punct => SWITCH_PUNCT,
            Gap::Break => {
                self.restart(o, all_arg);
                return;
            }
        };
        // A state's cheapest predecessor is itself, or the cheapest of Persian and Arabic (the
        // states of factor 1) at the plain switch (at the larger one into a state of
        // MINOR_FACTOR), or the cheapest state of all (`all_arg`, which costs 0: `cur` is
        // relative to it) at the larger switch; only its cost is needed here.
        let far = switch * MINOR_FACTOR * edge;
        let (major, _) = major(&cur);
        let (near_major, near_minor) = (major + switch, major + far);
        let near: [f32; N_LANGS] =
            std::array::from_fn(|s| if is_minor(s) { near_minor } else { near_major });
        let mut next = [0f32; N_LANGS];
        for s in 0..N_LANGS {
            next[s] = min(min(cur[s], near[s]), far) + o.cost[s];
        }
        self.cur_arg = subtract_low(&mut next);
        self.cur = next;
        self.back.push(Step {
            prev: cur,
            switch,
            far,
            prev_arg: all_arg,
            restart: false,
            foreign: o.foreign,
        });
    }

    /// Ends the chunk: `digits` (the evidence after the last word) is added to the last word's
    /// costs, and `labels` gets the state index of every word (an index into
    /// [`super::model::MODEL_LANGS`], or [`FOREIGN`]). The search is then empty again.
    pub(crate) fn finish(&mut self, digits: [f32; N_LANGS], labels: &mut Vec<u8>) {
        self.last_digits(digits);
        labels.clear();
        if let Some(state) = certain(&self.obs) {
            labels.extend(
                self.obs
                    .iter()
                    .map(|o| if o.foreign { FOREIGN } else { state }),
            );
            self.clear();
            return;
        }
        self.search(labels);
    }

    /// [`Search::finish`] without [`certain`]: every chunk searched over every state (the
    /// tests compare the two).
    #[cfg(test)]
    fn finish_searching(&mut self, digits: [f32; N_LANGS], labels: &mut Vec<u8>) {
        self.last_digits(digits);
        labels.clear();
        self.search(labels);
    }

    /// Adds the evidence of the digits after the chunk's last word to that word's costs.
    fn last_digits(&mut self, digits: [f32; N_LANGS]) {
        if let Some(last) = self.obs.last_mut() {
            last.add(digits);
        }
    }

    /// The search over every state, one step a word, then the path walked back into `labels`.
    fn search(&mut self, labels: &mut Vec<u8>) {
        let obs = std::mem::take(&mut self.obs);
        for o in &obs {
            self.step(o);
        }
        self.obs = obs;
        self.obs.clear();
        if self.back.is_empty() {
            return;
        }
        // backtrack from the cheapest last state
        let mut s = self.cur_arg;
        labels.resize(self.back.len(), 0);
        for (l, step) in labels.iter_mut().zip(&self.back).rev() {
            *l = if step.foreign { FOREIGN } else { s };
            s = step.predecessor(s);
        }
        self.back.clear();
    }
}

/// Fills `labels` (state index per word) with the cheapest path over `obs`
/// (a [`Search`] in one go).
#[cfg(test)]
pub(crate) fn decide(obs: &[Obs], labels: &mut Vec<u8>) {
    let mut search = Search::default();
    for o in obs {
        search.push(*o);
    }
    search.finish([0.0; N_LANGS], labels);
}

/// The observation of one word from its model costs (all NaN, [`super::model::NOT_MODELLED`]:
/// a foreign word, which costs 0 everywhere).
#[inline(always)]
pub(crate) fn observe(costs: WordCosts, gap: Gap) -> Obs {
    let foreign = super::model::not_modelled(&costs.langs);
    Obs {
        cost: if foreign { [0.0; N_LANGS] } else { costs.langs },
        gap,
        foreign,
        minor: if foreign { 0.0 } else { costs.minor },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn obs(c: [f32; 3], gap: Gap) -> Obs {
        // fa, ar, ur as given; every other language far away
        let mut cost = [30.0; N_LANGS];
        cost[..3].copy_from_slice(&c);
        Obs::new(cost, gap, false)
    }

    /// The cost of the path `labels` over `words` (costs and the gap before each), by the
    /// transition table.
    fn path_cost(words: &[([f32; N_LANGS], Gap)], labels: &[usize]) -> f32 {
        let mut total = 0.0;
        for (k, ((cost, gap), &s)) in words.iter().zip(labels).enumerate() {
            total += cost[s];
            if k == 0 {
                total += PRIOR[s];
                continue;
            }
            let first_of_line = k == 1 || words[k - 1].1 == Gap::Break;
            total += transition(*gap, labels[k - 1], s, first_of_line);
        }
        total
    }

    /// The one-pass search finds the path a search over the whole transition table finds:
    /// every path of lines of one to four words, with every kind of gap.
    #[test]
    fn one_pass_search_is_the_full_minimum() {
        let mut seed = 0x2545_F491_4F6C_DD1Du64;
        let mut rand = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % 2000) as f32 / 100.0
        };
        for trial in 0..400 {
            let n = 1 + trial % 4;
            let words: Vec<([f32; N_LANGS], Gap)> = (0..n)
                .map(|k| {
                    let gap = if k == 0 {
                        Gap::Break
                    } else {
                        [Gap::Space, Gap::Punct, Gap::Break][(rand() as usize) % 3]
                    };
                    (std::array::from_fn(|_| rand()), gap)
                })
                .collect();
            let mut search = Search::default();
            for (cost, gap) in &words {
                search.push(Obs::new(*cost, *gap, false));
            }
            let mut labels = Vec::new();
            search.finish([0.0; N_LANGS], &mut labels);
            let got: Vec<usize> = labels.iter().map(|&l| usize::from(l)).collect();
            // brute force over every path
            let mut best = f32::INFINITY;
            let mut path = vec![0usize; n];
            'paths: loop {
                best = best.min(path_cost(&words, &path));
                for slot in path.iter_mut() {
                    *slot += 1;
                    if *slot < N_LANGS {
                        continue 'paths;
                    }
                    *slot = 0;
                }
                break;
            }
            let cost = path_cost(&words, &got);
            assert!((cost - best).abs() < 1e-3, "{cost} vs {best} for {n} words");
        }
    }

    /// A word of a minor language that the Arabic list knows better does not become Arabic
    /// at the start of a line of that language, while Persian ends a line with one Persian word
    /// after an Arabic phrase, and a minor-language word before a line's last word stays an
    /// island.
    #[test]
    fn edge_words_follow_their_line() {
        let minor = (0..N_LANGS).find(|&s| is_minor(s)).unwrap();
        let mut weak_ar = [30.0; N_LANGS];
        weak_ar[AR] = 0.0;
        weak_ar[minor] = 7.0;
        let mut minor_word = [30.0; N_LANGS];
        minor_word[minor] = 0.0;
        let mut labels = Vec::new();
        let words = [
            Obs::new(weak_ar, Gap::Break, false),
            Obs::new(minor_word, Gap::Punct, false),
            Obs::new(minor_word, Gap::Space, false),
        ];
        decide(&words, &mut labels);
        assert_eq!(labels, [minor as u8; 3]);
        // the same word in the middle of the line: two switches, the same verdict
        let mut middle = vec![words[1], words[1], words[0], words[1], words[2]];
        middle[0].gap = Gap::Break;
        middle[2].gap = Gap::Space;
        decide(&middle, &mut labels);
        assert_eq!(labels, [minor as u8; 5]);
        // Persian: a line-final verb after an Arabic phrase stays Persian
        let mut ar = [30.0; N_LANGS];
        ar[AR] = 0.0;
        ar[FA] = 12.0;
        let mut fa = [30.0; N_LANGS];
        fa[FA] = 0.0;
        fa[AR] = 6.0;
        decide(
            &[
                Obs::new(ar, Gap::Break, false),
                Obs::new(ar, Gap::Space, false),
                Obs::new(fa, Gap::Punct, false),
            ],
            &mut labels,
        );
        assert_eq!(labels, [AR as u8, AR as u8, FA as u8]);
        // fa fa minor fa: the last word does not follow the island
        let mut island = [30.0; N_LANGS];
        island[minor] = 0.0;
        island[FA] = 25.0;
        let mut fa_word = fa;
        fa_word[minor] = 15.0;
        decide(
            &[
                Obs::new(fa_word, Gap::Break, false),
                Obs::new(fa_word, Gap::Space, false),
                Obs::new(island, Gap::Space, false),
                Obs::new(fa_word, Gap::Space, false),
            ],
            &mut labels,
        );
        assert_eq!(labels, [FA as u8, FA as u8, minor as u8, FA as u8]);
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

    /// A chunk of words around one language (`lean`: Persian, Arabic or a minor one), each cost
    /// the language's own plus noise, some words leaning elsewhere by up to `pull` nats, some
    /// foreign, gaps of spaces or punctuation: lines [`certain`] settles, lines it must not, and
    /// lines on the edge of its margin.
    fn chunk() -> impl Strategy<Value = Vec<Obs>> {
        (
            0..N_LANGS,
            0.0f32..30.0,
            prop::collection::vec(
                (
                    prop::array::uniform::<_, N_LANGS>(0.0f32..3.0),
                    prop_oneof![Just(FA), Just(AR), 0..N_LANGS],
                    0.0f32..1.0,
                    any::<bool>(),
                    0u8..20,
                ),
                1..40,
            ),
        )
            .prop_map(|(lean, pull, words)| {
                words
                    .into_iter()
                    .enumerate()
                    .map(|(k, (noise, to, share, punct, kind))| {
                        let mut cost: [f32; N_LANGS] = std::array::from_fn(|s| 8.0 + noise[s]);
                        cost[lean] -= 6.0;
                        cost[to] -= pull * share;
                        let gap = if k == 0 {
                            Gap::Break
                        } else if punct {
                            Gap::Punct
                        } else {
                            Gap::Space
                        };
                        let foreign = kind == 0;
                        Obs::new(if foreign { [0.0; N_LANGS] } else { cost }, gap, foreign)
                    })
                    .collect()
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1024))]
        /// Whatever [`certain`] settles is what the search over every state finds.
        #[test]
        fn a_settled_chunk_is_what_the_search_finds(words in chunk()) {
            let (mut quick, mut full) = (Search::default(), Search::default());
            for o in &words {
                quick.push(*o);
                full.push(*o);
            }
            // (Persian digits after the last word: evidence against the languages that do not
            // write them)
            let digits = FA_DIGIT_EVIDENCE;
            let (mut a, mut b) = (Vec::new(), Vec::new());
            quick.finish(digits, &mut a);
            full.finish_searching(digits, &mut b);
            prop_assert_eq!(a, b);
        }
    }

    #[test]
    fn certain_settles_one_language_and_leaves_islands_to_the_search() {
        let word = |fa: f32, ar: f32, gap: Gap| {
            let mut cost = [20.0; N_LANGS];
            cost[FA] = fa;
            cost[AR] = ar;
            Obs::new(cost, gap, false)
        };
        let persian = [
            word(3.0, 6.0, Gap::Break),
            word(4.0, 4.5, Gap::Space),
            word(2.0, 1.0, Gap::Space), // one word Arabic knows a little better
            word(5.0, 9.0, Gap::Punct),
        ];
        assert_eq!(certain(&persian), Some(FA as u8));
        let arabic: Vec<Obs> = persian
            .iter()
            .map(|o| word(o.cost[AR], o.cost[FA], o.gap))
            .collect();
        assert_eq!(certain(&arabic), Some(AR as u8));
        // an Arabic phrase inside a Persian line: the search decides it
        let mut island = persian.to_vec();
        island.insert(2, word(14.0, 2.0, Gap::Punct));
        island.insert(3, word(14.0, 2.0, Gap::Space));
        assert_eq!(certain(&island), None);
        let mut labels = Vec::new();
        decide(&island, &mut labels);
        // (the word Arabic knows a little better joins the phrase; the punctuation after it
        // makes the way back cheap)
        assert_eq!(labels, [0, 0, 1, 1, 1, 0]);
        // a word of a minor language the search would keep as an island
        let mut minor = persian.to_vec();
        let m = (0..N_LANGS).find(|&s| is_minor(s)).unwrap();
        let mut cost = minor[2].cost;
        cost[m] = -20.0;
        minor[2] = Obs::new(cost, minor[2].gap, false);
        assert_eq!(certain(&minor), None);
        // a line break inside a chunk is left to the search
        let mut broken = persian.to_vec();
        broken[2].gap = Gap::Break;
        assert_eq!(certain(&broken), None);
    }
}
