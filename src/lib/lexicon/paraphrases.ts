/**
 * lexicon/paraphrases: small sets of English words that translations and paraphrases of one
 * statement swap for each other ("make it easier" ~ "facilitate", "clear" ~ "clarify").
 *
 * Source: chosen by hand for this project, one everyday sense per set (as a WordNet synset is one
 * sense), kept to words a translator or a sub-editor substitutes without changing what was said.
 * Each set is one line of space-separated lower-case words; the first word names the set. A word
 * belongs to one set only (a second sense would let two different statements meet through it).
 * Used by compare/quotes to count a synonym as a shared content word. Measured, not assumed:
 * the table is scored on the hand gold's tune half with the rest of the similarity (BENCHMARKS.md).
 */

/** One line per set of interchangeable words. */
export const PARAPHRASE_SETS: readonly string[] = `
easy easier facilitate simplify
clear clarify explain
deliver achieve fulfil fulfill implement
expect hope anticipate
important crucial vital essential critical
big large huge major bigger larger
begin start commence launch
halt stop cease
buy purchase acquire
threat danger menace
attack assault strike
increase boost raise expand
reduce decrease cut lower
partner ally allies partners
weapon weapons arms armaments
nation country
agreement deal accord pact
talks negotiations
quickly rapidly swiftly fast
strong stronger robust powerful
ensure guarantee secure
show demonstrate
need require
want wish
think believe
goal aim objective
problem issue
answer reply response respond
try attempt seek
allow permit enable
protect defend safeguard
war conflict
soldiers troops
money funds funding
aid assistance
everyone everybody
ready prepared
wrong mistaken incorrect
sure certain confident
fight combat battle
choose select pick
speak talk
happen occur
enough sufficient
predictable reliable
institutional institutionalized institutionalised
undermine damage dent
promise pledge vow
`
  .trim()
  .split('\n')
  .map((line) => line.trim())
  .filter(Boolean);
