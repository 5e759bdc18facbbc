/**
 * quotes/sentence-tags: a quote whose sentence has no tag next to it -> the speaker the whole
 * sentence gives (find-tag.ts tries these after its own readings).
 *
 * In:  the paragraph, its quote spans, the quote, its sentence's bounds and the People index.
 * Out: the tag and speaker, or null:
 *   - sentenceEnd: a tag closing the sentence after more reported words (", Christie said.")
 *   - sentenceSubject: words woven into a sentence with no speech verb are its subject's
 *     ("Trump has threatened Iran with "…"").
 */
import { position, type People } from '../people.ts';
import type { Speaker } from '../people/resolve.ts';
import type { Tag } from './attribution.ts';
import { isSpeechVerb } from './attribution.ts';
import { maskQuotes, type QuoteSpan } from './marks.ts';
import { isBodyNoun, resolveVoice } from './speakers.ts';

/** What a sentence reading found (a subset of find-tag's Found). */
interface SentenceFound {
  tag: Tag;
  speaker: Speaker;
  after: boolean;
  path: 'sentence-end' | 'sentence-subject';
}

/**
 * A tag closing the quote's sentence after more of the reporter's words: ", Christie said." /
 * ", he recalled." / ", Merkel said on Friday.".
 */
const SENTENCE_END_TAG =
  /,\s+((?:[Hh]e|[Ss]he|(?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]*))\s+(?:also\s+|later\s+)?(said|says|added|adds|recalled|recalls|wrote|writes|noted|notes|argued|argues|explained|explains|told\s+(?:\p{L}+\s+){0,2}?\p{L}+)(?:\s+(?:on|in|at|during|to|from|after|before|late|early|last|this|earlier|later)\b[^,.;:!?]{0,60})?\s*[.!?]?\s*$/u;

/**
 * "It was "stupid" and deceitful not to fess up, Christie said.", "Germany will "do everything
 * we can" to …, Merkel said": words woven into a sentence of reported speech whose tag closes it
 * are the tag's subject's, when nothing else in the sentence speaks or could own them: no other
 * speech verb or participle outside quotes, nobody else named before the quote (a possessor
 * included: "Trump's call to "…" …, Smith said" is Trump's words), and nobody else as a subject
 * after it.
 */
export function sentenceEnd(
  people: People,
  text: string,
  i: number,
  spans: QuoteSpan[],
  span: QuoteSpan,
  s0: number,
  s1: number,
): SentenceFound | null {
  if (span.unclosed) return null;
  const sentence = maskQuotes(text, spans).slice(s0, s1);
  const tail = SENTENCE_END_TAG.exec(sentence);
  if (!tail || s0 + tail.index < span.close) return null;
  const lead = sentence.slice(0, tail.index);
  if (lead.split(/[^\p{L}]+/u).some((w) => w !== '' && isSpeechVerb(w))) return null;
  // A question or a colon ("He asked: "…", the report said") hands the words to someone else.
  if (/[:;?]/u.test(lead)) return null;
  const at = s0 + tail.index + tail[0].indexOf(tail[1]!);
  const tag = { subject: tail[1]!, verb: tail[2]!.split(/\s+/u)[0]!, at: at - s0, participle: false };
  const speaker = resolveVoice(people, tail[1]!, position(people, i, at));
  if (!speaker?.person || speaker.kind !== 'person') return null;
  const lo = position(people, i, s0);
  const open = position(people, i, span.open);
  const hi = position(people, i, at);
  // A pronoun tag after a name in its own sentence ("Mandela "stirred something in me" …, he
  // recalled") is mostly someone else's telling: any name there leaves it to nobody.
  const pronoun = /^(?:he|she)$/iu.test(tail[1]!);
  const other = people.mentions.some(
    (m) =>
      m.pos >= lo && m.pos < hi && (pronoun || (m.person !== speaker.person && (m.pos < open || m.subject))),
  );
  return other ? null : { tag, speaker, after: true, path: 'sentence-end' };
}

/**
 * "Trump has threatened Iran with "…"", "Shulkin is ripping the "…" environment": words woven into
 * a sentence with no speech verb are the sentence subject's, when that subject opens the sentence,
 * a verb follows it, and it is a person the article has named in full.
 */
export function sentenceSubject(
  people: People,
  text: string,
  i: number,
  s0: number,
  from: number,
  open: number,
): SentenceFound | null {
  const lead = text.slice(from, open);
  if (from !== s0 || !lead.trim()) return null;
  // "When Sen. X pressed Kavanaugh …, the nominee shot back: "…"": an opening subordinate clause
  // has its own subject, not the main clause's.
  if (/^\s*(?:When|While|Although|Though|After|Before|Because|Since|If|Once|Until|As)\s/u.test(lead))
    return null;
  const body = bodySubject(people, lead, i, from);
  if (body) return body;
  const m =
    /^\s*((?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){0,4}\p{Lu}[\p{L}\p{M}'’-]*)\s+(?:(?:has|had|is|was|also|then|later|again)\s+)?(\p{Ll}{3,}(?:ed|es|ing))\b/u.exec(
      lead,
    ) ?? statedSubject(lead);
  if (!m) return null;
  // "Mateen was tagged as a "…" by the FBI": a passive reports someone else's words.
  if (/\s(?:is|was)\s+\S+ed$/u.test(m[0])) return null;
  // "He apologized for an op-ed alleging Biden had "…"": a reported clause with a name of its own.
  const rest = lead.slice(m.index + m[0].length);
  if (
    /\b(?:alleging|claiming|saying|suggesting|arguing|insisting|that|who|which)\b[^.;:]*?\p{Lu}/u.test(rest)
  )
    return null;
  const speaker = resolveVoice(people, m[1]!, position(people, i, from + m.index));
  if (!speaker?.person || speaker.kind !== 'person' || !speaker.person.name.includes(' ')) return null;
  const tag = { subject: m[1]!, verb: m[2]!, at: lead.indexOf(m[1]!), participle: false };
  return { tag, speaker, after: false, path: 'sentence-subject' };
}

/**
 * "Sen. Lindsey Graham of South Carolina defended the word choice as "…"", "Another Republican,
 * Sen. X of South Carolina, defended …": the subject's place ("of South Carolina") and an opening
 * label set off by a comma before it ("Another Republican,") are no part of the name. Returns a
 * match shaped like sentenceSubject's own (group 1 the name, group 2 the verb, index where the
 * name starts), or null.
 */
function statedSubject(lead: string): RegExpExecArray | null {
  const m =
    /^\s*(?:\p{Lu}\p{Ll}+(?:\s+\p{L}+){0,2},\s+)?((?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){0,4}\p{Lu}[\p{L}\p{M}'’-]*)\s+of\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?(,?)\s+(?:(?:has|had|also|then|later|again)\s+)?(\p{Ll}{3,}(?:ed|es))\b/u.exec(
      lead,
    );
  if (!m) return null;
  // An opening label needs the apposition closed after the place ("Another Republican, X of Y,").
  const opened = m[0].trimStart().indexOf(m[1]!) > 0;
  if (opened !== (m[2] === ',')) return null;
  const from = m[0].indexOf(m[1]!);
  const out = [m[0].slice(from), m[1]!, m[3]!] as unknown as RegExpExecArray;
  out.index = m.index + from;
  return out;
}

/**
 * "The network sought "…"", "The company called the ruling "…"": words woven into a sentence an
 * organisation's noun opens are that organisation's, when the noun names one (quotes/speakers:
 * the one network the body named, the company that spoke) and nothing else in the sentence reports
 * someone's words (the same guards as for a person).
 */
function bodySubject(people: People, lead: string, i: number, from: number): SentenceFound | null {
  const m =
    /^\s*([Tt]he\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+))\s+(?:(?:has|had|also|then|later|again)\s+)?(\p{Ll}{3,}(?:ed|es)|sought|won|took|gave|made)\b/u.exec(
      lead,
    );
  if (!m || !isBodyNoun(m[2]!)) return null;
  const rest = lead.slice(m[0].length);
  if (/\b(?:alleging|claiming|saying|suggesting|arguing|insisting|that|who|which|by)\b/u.test(rest))
    return null;
  if (/['’]s?\s/u.test(rest) || rest.split(/[^\p{L}]+/u).some((w) => w !== '' && isSpeechVerb(w)))
    return null;
  const speaker = resolveVoice(people, m[1]!.replace(/^The/u, 'the'), position(people, i, from + m.index));
  if (!speaker?.name || speaker.kind !== 'organisation') return null;
  const tag = { subject: m[1]!, verb: m[3]!, at: lead.indexOf(m[1]!), participle: false };
  return { tag, speaker, after: false, path: 'sentence-subject' };
}
