//! Accent- and case-insensitive matching, and "did you mean" ranking by title similarity.

/// Folds one character to plain ASCII where it is an accented Latin letter
/// (`é` → `e`, `ß` → `ss`); other characters pass through unchanged.
fn fold_char(ch: char) -> &'static str {
    match ch {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ā' | 'Ă' | 'Ą' => "A",
        'æ' => "ae",
        'Æ' => "AE",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'Ç' | 'Ć' | 'Ĉ' | 'Ċ' | 'Č' => "C",
        'ď' | 'đ' | 'ð' => "d",
        'Ď' | 'Đ' | 'Ð' => "D",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ĕ' | 'Ė' | 'Ę' | 'Ě' => "E",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'Ĝ' | 'Ğ' | 'Ġ' | 'Ģ' => "G",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'Ì' | 'Í' | 'Î' | 'Ï' | 'Ĩ' | 'Ī' | 'Ĭ' | 'Į' | 'İ' => "I",
        'ł' | 'ľ' | 'ĺ' | 'ļ' => "l",
        'Ł' | 'Ľ' | 'Ĺ' | 'Ļ' => "L",
        'ñ' | 'ń' | 'ň' | 'ņ' => "n",
        'Ñ' | 'Ń' | 'Ň' | 'Ņ' => "N",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
        'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō' | 'Ŏ' | 'Ő' => "O",
        'œ' => "oe",
        'Œ' => "OE",
        'ŕ' | 'ř' | 'ŗ' => "r",
        'Ŕ' | 'Ř' | 'Ŗ' => "R",
        'ś' | 'š' | 'ş' | 'ș' => "s",
        'Ś' | 'Š' | 'Ş' | 'Ș' => "S",
        'ß' => "ss",
        'ť' | 'ţ' | 'ț' => "t",
        'Ť' | 'Ţ' | 'Ț' => "T",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ũ' | 'Ū' | 'Ŭ' | 'Ů' | 'Ű' | 'Ų' => "U",
        'ý' | 'ÿ' => "y",
        'Ý' | 'Ÿ' => "Y",
        'ź' | 'ż' | 'ž' => "z",
        'Ź' | 'Ż' | 'Ž' => "Z",
        _ => "",
    }
}

/// The characters of `text` with accented Latin letters folded to ASCII.
pub fn fold_chars(text: &str) -> impl Iterator<Item = char> + '_ {
    text.chars().flat_map(|ch| {
        let folded = fold_char(ch);
        let (single, multi) = if folded.is_empty() {
            (Some(ch), None)
        } else {
            (None, Some(folded.chars()))
        };
        single.into_iter().chain(multi.into_iter().flatten())
    })
}

/// Text reduced for matching: accents folded, lowercased, punctuation dropped and runs of
/// whitespace collapsed to one space. "Café  Owner/Manager" → "cafe owner manager".
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for ch in fold_chars(text) {
        if is_word_char(ch) {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            out.push(ch.to_ascii_lowercase());
        } else {
            pending_space = true;
        }
    }
    out
}

/// Letters and digits after folding. Deliberately ASCII-based, treating other non-ASCII
/// characters as letters unless they are common punctuation: Unicode's full tables would
/// add tens of kilobytes to the wasm for titles that are English.
fn is_word_char(ch: char) -> bool {
    ch.is_ascii_alphanumeric()
        || !(ch.is_ascii()
            || matches!(ch, '\u{a0}'..='\u{bf}' | '\u{d7}' | '\u{f7}' | '\u{2000}'..='\u{206f}'))
}

/// True when every word of the query appears (as a prefix of a word, or inside a word) in
/// the haystack. Both sides must already be [`normalize`]d. An empty query matches all.
pub fn matches_query(normalized_haystack: &str, normalized_query: &str) -> bool {
    normalized_query
        .split(' ')
        .filter(|word| !word.is_empty())
        .all(|word| normalized_haystack.contains(word))
}

/// Similarity of two texts between 0.0 (nothing shared) and 1.0 (identical after
/// normalizing): the Sørensen–Dice coefficient over character bigrams, with word
/// boundaries marked so that short words still count. It tolerates typos and word order,
/// which is what "did you mean" needs.
pub fn similarity(a: &str, b: &str) -> f64 {
    Query::new(a).dice(&Searchable::new(b).bigrams)
}

/// The `limit` candidates most similar to `target`, best first, ignoring those below
/// `min_score`. Ties keep the candidates' original order, so results are deterministic.
pub fn closest<'a, T>(
    target: &str,
    candidates: &'a [T],
    text_of: impl Fn(&T) -> String,
    limit: usize,
    min_score: f64,
) -> Vec<&'a T> {
    // Keeps the best `limit` so far in order; an insertion per candidate beats sorting all
    // of them when `limit` is a handful.
    let mut best: Vec<(f64, &'a T)> = Vec::with_capacity(limit + 1);
    for candidate in candidates {
        let score = similarity(target, &text_of(candidate));
        if score < min_score {
            continue;
        }
        let at = best
            .iter()
            .position(|(s, _)| score > *s)
            .unwrap_or(best.len());
        if at < limit {
            best.insert(at, (score, candidate));
            best.truncate(limit);
        }
    }
    best.into_iter().map(|(_, candidate)| candidate).collect()
}

/// The live count under a search box: "12 comparisons", "3 of 12 comparisons match “x”".
pub fn match_count_message(shown: usize, total: usize, query: &str) -> String {
    let noun = |n: usize| if n == 1 { "comparison" } else { "comparisons" };
    let query = query.trim();
    if query.is_empty() {
        format!("{total} {}", noun(total))
    } else if shown == 0 {
        format!("No comparisons match “{query}”.")
    } else {
        format!("{shown} of {total} {} match “{query}”", noun(total))
    }
}

/// The letters a–z that occur in a normalized text, one bit each: a cheap first test of
/// whether a title could be a misspelling of a query.
pub fn letters(normalized: &str) -> u32 {
    normalized
        .bytes()
        .filter(u8::is_ascii_lowercase)
        .fold(0, |mask, b| mask | 1 << (b - b'a'))
}

/// A title prepared once for scoring against every keystroke's query: normalized, the
/// letters it has, and its bigrams as table keys.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Searchable {
    text: String,
    letters: u32,
    /// The bigrams of the text with a space before and after (so word boundaries count),
    /// by [`bigram_key`]. The words of any run of title words, joined by spaces, are a
    /// contiguous part of them.
    bigrams: Vec<u16>,
    /// How many bigrams the shortest run of one, two, three and four words (or all, if
    /// fewer) has, at most 255: a bound on a misspelling's score, read for thousands of
    /// titles a keystroke, so kept beside the other cheap tests rather than found each time.
    shortest_runs: [u8; SHORTEST_RUNS],
}

/// For how many words [`Searchable`] keeps the shortest run.
const SHORTEST_RUNS: usize = 4;

impl Searchable {
    pub fn new(title: &str) -> Self {
        let text = normalize(title);
        let bigrams: Vec<u16> = bigram_keys(&text).collect();
        let mut starts = Vec::new();
        find_word_starts(&bigrams, &mut starts);
        let shortest_runs = std::array::from_fn(|words| {
            u8::try_from(shortest_run(&starts, words + 1)).unwrap_or(u8::MAX)
        });
        Self {
            letters: letters(&text),
            bigrams,
            shortest_runs,
            text,
        }
    }

    /// At least how many bigrams a run of `words` of its words (or all, if fewer) has: a run
    /// of more words than it keeps holds a run of as many as it keeps.
    fn shortest_run(&self, words: usize) -> usize {
        usize::from(self.shortest_runs[words.clamp(1, SHORTEST_RUNS) - 1])
    }
}

/// Where each word starts in a text's bigrams (at the bigram that begins with the space
/// before it), then their end, written into `starts` (reused: typo scoring finds them for
/// every title it scores).
fn find_word_starts(bigrams: &[u16], starts: &mut Vec<usize>) {
    starts.clear();
    starts.extend((0..bigrams.len()).filter(|&i| usize::from(bigrams[i]) < CHAR_CODES));
    starts.push(bigrams.len());
}

/// How many bigrams the shortest run of `words` words has, of the words starting at
/// `starts` ([`find_word_starts`]); all of them if there are fewer.
fn shortest_run(starts: &[usize], words: usize) -> usize {
    let words = words.clamp(1, starts.len() - 1);
    starts
        .windows(words + 1)
        .map(|run| run[words] - run[0])
        .min()
        .unwrap_or(0)
}

/// What the reader typed, prepared once per keystroke for scoring every title.
pub struct Query {
    text: String,
    words: Vec<String>,
    letters: u32,
    /// How many bigrams the query has.
    bigram_count: usize,
    /// Its bigrams, each once.
    keys: Vec<u16>,
    /// How many of those are inside a word (no space in them): a title with every query word
    /// in it has each of them, so it has at least this many of the query's bigrams.
    inner_keys: usize,
    /// How many of each bigram (by [`bigram_key`]) the query has and a title has not yet
    /// matched: a table lookup per title bigram instead of a scan of the query's bigrams,
    /// which made typo scoring most of a keystroke's time.
    unmatched: Vec<u8>,
    /// The bigrams matched while scoring one run of title words, to restore `unmatched`.
    matched: Vec<u16>,
    /// Where each word of the title being scored starts in its bigrams, then their end.
    word_starts: Vec<usize>,
}

impl Query {
    pub fn new(typed: &str) -> Self {
        let text = normalize(typed);
        let mut unmatched = vec![0u8; BIGRAM_KEYS];
        let mut bigram_count = 0;
        let mut keys = Vec::new();
        for key in bigram_keys(&text) {
            let count = &mut unmatched[usize::from(key)];
            if *count == 0 {
                keys.push(key);
            }
            *count = count.saturating_add(1);
            bigram_count += 1;
        }
        let inner_keys = keys
            .iter()
            .filter(|&&key| {
                usize::from(key) / CHAR_CODES != 0 && usize::from(key) % CHAR_CODES != 0
            })
            .count();
        Self {
            words: text.split(' ').map(str::to_owned).collect(),
            letters: letters(&text),
            text,
            bigram_count,
            keys,
            inner_keys,
            unmatched,
            matched: Vec::new(),
            word_starts: Vec::new(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// How well a title matches, for ranking a picker's options: higher is better, `None`
    /// means no match. (A picker ranking a whole catalogue takes the steps one by one:
    /// `picker::best_matches`.)
    pub fn score(&mut self, title: &Searchable) -> Option<u32> {
        let shared = self.shared(&title.bigrams);
        match self.look(title, shared, 0) {
            Look::Exact(score) => score,
            Look::MaybeMisspelt => self
                .misspelling_bound(title, shared)
                .and_then(|bound| self.misspelling_score(title, bound, 0)),
            Look::Unmatched => None,
        }
    }

    /// The cheap tests of a title sharing `shared` bigrams with the query
    /// ([`Query::shared_by_each`]): an exact kind of match and its score if above `floor`,
    /// or whether it could be a misspelling.
    pub fn look(&self, title: &Searchable, shared: usize, floor: u32) -> Look {
        // Every kind of match needs all of the query's letters but a misspelling, which may
        // miss two: most of a large catalogue fails this one test on a bitmask.
        let missing = (self.letters & !title.letters).count_ones();
        if self.text.is_empty() || missing > 2 {
            return Look::Unmatched;
        }
        let text = title.text.as_str();
        // Exact kinds of match rank above any misspelling, shorter titles first. Each has
        // every query word inside the title: the count of bigrams, then one search per word
        // rule out most titles before the costlier tests, each tried only if it could beat
        // `floor`.
        let length = text.len().min(99) as u32;
        if missing > 0
            || 1000 - length <= floor
            || shared < self.inner_keys
            || !matches_query(text, &self.text)
        {
            return Look::MaybeMisspelt;
        }
        let score = if text.starts_with(&self.text) {
            1000 - length
        } else if 800 - length > floor
            && self
                .words
                .iter()
                .all(|w| text.split(' ').any(|t| t.starts_with(w.as_str())))
        {
            800 - length
        } else {
            600 - length
        };
        Look::Exact((score > floor).then_some(score))
    }

    /// At most how many bigrams a run of words of `title` (which shares `shared` with the
    /// query) has in common with the query, if a run could be a misspelling: a run of
    /// `length` bigrams sharing `n` scores at most 2n / (query + length), which must reach
    /// 0.5, and its length is at least `n` and at least the title's shortest run of as many
    /// words as the query. Where most titles stop.
    pub fn misspelling_bound(&self, title: &Searchable, shared: usize) -> Option<usize> {
        let shared = shared.min(self.bigram_count);
        if 3 * shared < self.bigram_count {
            return None;
        }
        let length = title.shortest_run(self.words.len()).max(shared);
        (self.coefficient(shared, length) >= 0.5).then_some(shared)
    }

    /// For every title of `index`, how many bigrams it shares with the query, each as often
    /// as both have it: [`Query::shared`] of each, from the index's lists of the query's few
    /// bigrams instead of a lookup per bigram of every title. (Counting a title's repeats
    /// beyond the query's made long titles look like misspellings worth scoring.)
    pub fn shared_by_each(&self, index: &BigramIndex) -> Vec<u16> {
        let mut counts = vec![0u16; index.title_count];
        for &key in &self.keys {
            for &title in index.having.of(key) {
                let count = &mut counts[title as usize];
                *count = count.saturating_add(1);
            }
            // A title shares a key the query has more than once up to as often as both do.
            let extra = self.unmatched[usize::from(key)] - 1;
            if extra == 0 {
                continue;
            }
            let (mut last, mut repeats) = (u32::MAX, 0u8);
            for &title in index.repeats.of(key) {
                repeats = if title == last {
                    repeats.saturating_add(1)
                } else {
                    1
                };
                last = title;
                if repeats <= extra {
                    let count = &mut counts[title as usize];
                    *count = count.saturating_add(1);
                }
            }
        }
        counts
    }

    /// The best score a misspelling with [`Query::misspelling_bound`] `shared` could have.
    pub fn bound_score(&self, shared: usize) -> u32 {
        typo_score(self.coefficient(shared, shared))
    }

    /// A misspelling's score, if the title is one and it could reach `floor` (below `floor`
    /// if not): the best similarity between the query and any run of title words of the same
    /// word count, so "sofware" still finds "Software Developers". `shared` is the title's
    /// [`Query::misspelling_bound`]. A misspelling scores at most MAX_TYPO_SCORE, below every
    /// exact match.
    pub fn misspelling_score(
        &mut self,
        title: &Searchable,
        shared: usize,
        floor: u32,
    ) -> Option<u32> {
        let best = self.best_dice(&title.bigrams, shared, floor);
        (best >= 0.5).then_some(typo_score(best))
    }

    /// The best Sørensen–Dice coefficient of the query's bigrams and those of a run of
    /// title words as long as the query (in words), leaving out the runs that could not
    /// reach 0.5, `floor` or the best so far: a run shares at most `shared` of the query's
    /// bigrams and at most as many as it has, which is known before its lookups.
    fn best_dice(&mut self, title: &[u16], shared: usize, floor: u32) -> f64 {
        find_word_starts(title, &mut self.word_starts);
        let words = self.word_starts.len() - 1;
        let span = self.words.len().min(words).max(1);
        let mut best = 0.0f64;
        for first in 0..=words.saturating_sub(span) {
            let run = &title[self.word_starts[first]..self.word_starts[first + span]];
            let could = self.coefficient(shared.min(run.len()), run.len());
            if could < 0.5 || could <= best || typo_score(could) < floor {
                continue;
            }
            best = best.max(self.dice(run));
        }
        best
    }

    /// The Sørensen–Dice coefficient of the query's bigrams and `bigrams`.
    fn dice(&mut self, bigrams: &[u16]) -> f64 {
        let shared = self.shared(bigrams);
        self.coefficient(shared, bigrams.len())
    }

    /// Dice for `shared` bigrams in common with a text of `length` bigrams.
    fn coefficient(&self, shared: usize, length: usize) -> f64 {
        (2 * shared) as f64 / (self.bigram_count + length) as f64
    }

    /// How many of `bigrams` the query has, each of the query's counted once.
    fn shared(&mut self, bigrams: &[u16]) -> usize {
        for &key in bigrams {
            let count = &mut self.unmatched[usize::from(key)];
            if *count > 0 {
                *count -= 1;
                self.matched.push(key);
            }
        }
        let shared = self.matched.len();
        for key in self.matched.drain(..) {
            self.unmatched[usize::from(key)] += 1;
        }
        shared
    }
}

/// Which titles of a list have each bigram (the titles' bigrams inverted, for
/// [`Query::shared_by_each`]). A title's repeats of a bigram are listed apart: most of the
/// query's bigrams are in it once, and a title shares each of those once however often it
/// has it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BigramIndex {
    title_count: usize,
    /// For every key, each title with it, once.
    having: Postings,
    /// For every key, each title once for each time it has the key after its first.
    repeats: Postings,
}

impl BigramIndex {
    pub fn new<'a>(titles: impl Iterator<Item = &'a Searchable> + Clone) -> Self {
        let mut lists = [Postings::new(), Postings::new()];
        let title_count = each_bigram(titles.clone(), |key, _, repeat| {
            lists[usize::from(repeat)].count(key);
        });
        let mut next = lists.each_mut().map(Postings::allot);
        each_bigram(titles, |key, title, repeat| {
            let which = usize::from(repeat);
            lists[which].fill(&mut next[which], key, title);
        });
        let [having, repeats] = lists;
        Self {
            title_count,
            having,
            repeats,
        }
    }
}

/// Calls `visit` with each bigram key of each title, the title's index, and whether the
/// title had the key before; returns how many titles there were.
fn each_bigram<'a>(
    titles: impl Iterator<Item = &'a Searchable>,
    mut visit: impl FnMut(u16, u32, bool),
) -> usize {
    // For each key, the last title with it, plus one.
    let mut last_with = vec![0u32; BIGRAM_KEYS];
    let mut count = 0;
    for (index, title) in titles.enumerate() {
        let (index, mark) = (index as u32, index as u32 + 1);
        for &key in &title.bigrams {
            let last = &mut last_with[usize::from(key)];
            visit(key, index, *last == mark);
            *last = mark;
        }
        count += 1;
    }
    count
}

/// Lists of title indexes by bigram key, each in title order, all in one allocation.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Postings {
    /// Where each key's titles start in `titles`, then where the last key's end.
    starts: Vec<u32>,
    titles: Vec<u32>,
}

impl Postings {
    fn new() -> Self {
        Self {
            starts: vec![0; BIGRAM_KEYS + 1],
            titles: Vec::new(),
        }
    }

    /// First pass: one more title for `key`.
    fn count(&mut self, key: u16) {
        self.starts[usize::from(key) + 1] += 1;
    }

    /// Between the passes: places for what was counted; returns each key's next free place.
    fn allot(&mut self) -> Vec<u32> {
        for key in 0..BIGRAM_KEYS {
            self.starts[key + 1] += self.starts[key];
        }
        self.titles = vec![0; self.starts[BIGRAM_KEYS] as usize];
        self.starts.clone()
    }

    /// Second pass: `title` has `key` (titles come in order).
    fn fill(&mut self, next: &mut [u32], key: u16, title: u32) {
        let at = &mut next[usize::from(key)];
        self.titles[*at as usize] = title;
        *at += 1;
    }

    fn of(&self, key: u16) -> &[u32] {
        let key = usize::from(key);
        &self.titles[self.starts[key] as usize..self.starts[key + 1] as usize]
    }
}

/// What [`Query::look`] finds of a title.
pub enum Look {
    /// Every query word is in it: its score, if above the floor.
    Exact(Option<u32>),
    /// Not an exact match above the floor, and missing two of the query's letters at most.
    MaybeMisspelt,
    /// Not a match of any kind.
    Unmatched,
}

/// A misspelling's score for its Dice coefficient.
fn typo_score(dice: f64) -> u32 {
    (dice * f64::from(MAX_TYPO_SCORE)) as u32
}

/// Codes for the characters of normalized text: a space, the 26 letters and 10 digits each
/// have their own; any other character shares the last (titles are English, so only
/// unusual queries lose a little precision).
const CHAR_CODES: usize = 38;
const BIGRAM_KEYS: usize = CHAR_CODES * CHAR_CODES;

fn char_code(ch: char) -> usize {
    match ch {
        ' ' => 0,
        'a'..='z' => 1 + (ch as usize - 'a' as usize),
        '0'..='9' => 27 + (ch as usize - '0' as usize),
        _ => CHAR_CODES - 1,
    }
}

/// The bigrams of normalized `text` with a space before and after, as table keys.
fn bigram_keys(text: &str) -> impl Iterator<Item = u16> + '_ {
    let mut previous = 0;
    text.chars().chain(std::iter::once(' ')).map(move |ch| {
        let code = char_code(ch);
        let key = previous * CHAR_CODES + code;
        previous = code;
        key as u16
    })
}

/// The highest score a misspelling gets; every exact kind of match scores above it.
pub const MAX_TYPO_SCORE: u32 = 500;

/// How well a title matches what the reader typed (both [`normalize`]d), for ranking a
/// picker's options. Higher is better; `None` means no match. Pickers score many titles per
/// keystroke with one [`Query`] instead.
pub fn match_score(normalized_title: &str, normalized_query: &str) -> Option<u32> {
    Query::new(normalized_query).score(&Searchable::new(normalized_title))
}

/// Byte ranges of `title` to highlight for `query`: each query word found at the start of a
/// title word (ASCII case-insensitive, as the catalogue's titles are).
pub fn highlight_ranges(title: &str, normalized_query: &str) -> Vec<(usize, usize)> {
    let lower = title.to_ascii_lowercase();
    let mut ranges: Vec<(usize, usize)> = Vec::new();
    for word in normalized_query.split(' ').filter(|w| !w.is_empty()) {
        let mut from = 0;
        while let Some(found) = lower[from..].find(word) {
            let start = from + found;
            let at_word_start = start == 0 || !lower.as_bytes()[start - 1].is_ascii_alphanumeric();
            if at_word_start
                && !ranges
                    .iter()
                    .any(|(s, e)| start < *e && start + word.len() > *s)
            {
                ranges.push((start, start + word.len()));
                break;
            }
            from = start + 1;
        }
    }
    // In order of position so the caller can cut the title into runs.
    for i in 1..ranges.len() {
        let mut j = i;
        while j > 0 && ranges[j - 1].0 > ranges[j].0 {
            ranges.swap(j - 1, j);
            j -= 1;
        }
    }
    ranges
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bigram_index_counts_what_each_title_shares_as_scoring_it_does() {
        let titles: Vec<Searchable> = [
            "Nurse Practitioners",
            "Registered Nurses",
            "",
            "Éclair Café Owner/Manager",
            "Zz Top Tribute Drummers (copy 3)",
            "aa aa aa",
        ]
        .iter()
        .map(|title| Searchable::new(title))
        .collect();
        let index = BigramIndex::new(titles.iter());
        for typed in [
            "nurse practito",
            "aa",
            "aa aa",
            "cafe",
            "zz top",
            "x",
            "",
            "rs rs",
        ] {
            let mut query = Query::new(typed);
            let each: Vec<usize> = titles.iter().map(|t| query.shared(&t.bigrams)).collect();
            let at_once: Vec<usize> = query
                .shared_by_each(&index)
                .into_iter()
                .map(usize::from)
                .collect();
            assert_eq!(at_once, each, "{typed:?}");
        }
        assert!(Query::new("nurse")
            .shared_by_each(&BigramIndex::new([].iter()))
            .is_empty());
    }

    #[test]
    fn normalize_folds_case_accents_and_punctuation() {
        assert_eq!(normalize("Café  Owner/Manager"), "cafe owner manager");
        assert_eq!(
            normalize("PRODUCER vs. Product Manager"),
            "producer vs product manager"
        );
        assert_eq!(normalize("Straße"), "strasse");
        assert_eq!(normalize("  "), "");
        assert_eq!(normalize("“Quoted” — dash"), "quoted dash");
        assert_eq!(normalize("Ωmega"), "Ωmega");
    }

    #[test]
    fn query_words_match_in_any_order() {
        let hay = normalize("Producer vs. Product Manager: What Are the Differences?");
        assert!(matches_query(&hay, &normalize("manager producer")));
        assert!(matches_query(&hay, &normalize("PRODÚCT")));
        assert!(matches_query(&hay, ""));
        assert!(!matches_query(&hay, &normalize("nurse")));
    }

    #[test]
    fn similarity_is_one_for_equal_and_tolerates_typos() {
        assert_eq!(similarity("Producer", "producer"), 1.0);
        assert!(similarity("prodcer", "producer") > 0.6);
        assert!(similarity("nurse", "producer") < 0.3);
    }

    #[test]
    fn closest_ranks_best_first_and_respects_limit() {
        let titles = ["Registered Nurse", "Producer", "Product Manager", "Lawyer"];
        let found = closest("product manger", &titles, |t| t.to_string(), 2, 0.2);
        assert_eq!(found, vec![&"Product Manager", &"Producer"]);
        assert!(closest("zzzz", &titles, |t| t.to_string(), 3, 0.3).is_empty());
    }

    #[test]
    fn match_counts_read_naturally() {
        assert_eq!(match_count_message(12, 12, ""), "12 comparisons");
        assert_eq!(match_count_message(1, 1, ""), "1 comparison");
        assert_eq!(
            match_count_message(1, 12, " nurse "),
            "1 of 12 comparisons match “nurse”"
        );
        assert_eq!(
            match_count_message(0, 12, "zzz"),
            "No comparisons match “zzz”."
        );
    }

    #[test]
    fn prefix_beats_word_prefix_beats_substring_beats_typo() {
        let q = normalize("soft");
        let prefix = match_score(&normalize("Software Developers"), &q).unwrap();
        let word = match_score(&normalize("Computer Software Engineers"), &q).unwrap();
        assert!(prefix > word);
        let sub = match_score(&normalize("Microsoftware Clerks"), &q).unwrap();
        assert!(word > sub);
        let typo = match_score(&normalize("Software Developers"), &normalize("sofware")).unwrap();
        assert!(sub > typo);
        assert_eq!(match_score(&normalize("Actors"), &normalize("zzz")), None);
    }

    #[test]
    fn highlights_word_starts_in_order() {
        assert_eq!(
            highlight_ranges("Software Developers", "dev soft"),
            vec![(0, 4), (9, 12)]
        );
        assert_eq!(
            highlight_ranges("Producers and Directors", "dir"),
            vec![(14, 17)]
        );
        assert!(highlight_ranges("Actors", "zzz").is_empty());
    }
}
