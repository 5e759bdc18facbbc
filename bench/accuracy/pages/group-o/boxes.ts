/**
 * bench/accuracy/pages/group-o/boxes: four group o layouts where a box of the site's own sits in or
 * around the story — a "By the numbers" figures box between paragraphs, a news quiz after the story
 * (and a share line repeating the headline), a content-credentials (signed provenance) box, and
 * profile cards of the people the story mentions. Each fills a Ctx (group-c/build.ts) and records
 * where it names the outlet, at random.
 */
import { type Ctx, esc, lines } from '../group-c/build.ts';
import { noted } from '../group-f/named.ts';
import { logo } from '../group-i/newsrooms.ts';
import { byline, footer, head, when } from './chrome.ts';
import * as v from './vocabulary.ts';

const headline = (c: Ctx) => c.add([c.headline], `<h1 class="post-headline">${esc(c.headline)}</h1>`, 'p');
const some = <T>(c: Ctx, list: readonly T[], n: number) => [...list].sort(() => c.rand() - 0.5).slice(0, n);
/** Shows a box once: between paragraphs when the story is long enough, else after it. */
const once = (c: Ctx, box: () => void, between: boolean) => {
  let shown = false;
  const show = () => {
    if (shown) return;
    shown = true;
    box();
  };
  if (between) c.between.push(show);
  c.tail.push(show);
};

export function numbersBox(c: Ctx): void {
  logo(c, 0.35, 0.3, 'Homepage');
  const section = c.pick(v.DESKS);
  // The headline under a breadcrumb.
  lines(c, [`Home » ${section} » Analysis`], 'breadcrumb');
  headline(c);
  lines(c, [byline(c, 0.2), when(c)], 'byline');
  once(
    c,
    () => {
      const heading = c.pick(v.NUMBERS_HEADS);
      const rows = some(c, v.NUMBERS_ROWS, 3);
      const source =
        c.rand() < 0.3
          ? noted(c, `Source: ${c.outlet} analysis of public records`, 'figures source')
          : c.pick(v.NUMBERS_SOURCES);
      c.add(
        [heading, ...rows, source],
        `<aside class="figures"><h3>${esc(heading)}</h3><dl>${rows.map((r) => `<div>${esc(r)}</div>`).join('')}</dl><small>${esc(source)}</small></aside>`,
      );
    },
    true,
  );
  c.after.push(() => footer(c, 0.35));
  head(c, 0.5, 0.5, 0.5, section);
}

export function newsQuizBox(c: Ctx): void {
  logo(c, 0.3, 0.3, 'Home');
  const section = c.pick(v.DESKS);
  // The headline after a kicker; a share line under the byline repeats it.
  lines(c, [section.toUpperCase()], 'kicker');
  headline(c);
  lines(c, [byline(c, 0.2), when(c)], 'byline');
  const handle = `@${c.outlet.replace(/[^\p{L}\p{N}]+/gu, '')}`;
  // The headline itself may name the outlet: only the handle is a naming of the page's own.
  const via = c.rand() < 0.35 ? noted(c, ` via ${handle}`, 'share handle') : '';
  const share = `Share: “${c.headline}”${via}`;
  c.add([share], `<div class="share-line"><a href="#">${esc(share)}</a></div>`);
  c.tail.push(() => {
    const heading =
      c.rand() < 0.3 ? noted(c, `Take the ${c.outlet} news quiz`, 'quiz heading') : c.pick(v.QUIZ_HEADS);
    const questions = some(c, v.QUIZ_QUESTIONS, 3).flatMap(([q, options], i) => [`${i + 1}. ${q}`, options]);
    const tail = [...v.QUIZ_BUTTONS, c.pick(v.QUIZ_SCORES)];
    c.add(
      [heading, ...questions, ...tail],
      `<section class="quiz"><h2>${esc(heading)}</h2>${questions.map((q) => `<p>${esc(q)}</p>`).join('')}${tail.map((t) => `<button>${esc(t)}</button>`).join('')}</section>`,
    );
  });
  c.after.push(() => footer(c, 0.3));
  head(c, 0.5, 0.5, 0.5, section);
}

export function provenanceCredentials(c: Ctx): void {
  logo(c, 0.3, 0.35, 'Home');
  const section = c.pick(v.DESKS);
  lines(c, [section], 'section');
  // The byline and date over the headline.
  lines(c, [byline(c, 0.2), when(c)], 'byline');
  headline(c);
  const box = () => {
    const heading = c.pick(v.CREDENTIAL_HEADS);
    const signer =
      c.rand() < 0.35 ? noted(c, `Signed by ${c.outlet}`, 'credential signer') : 'Signed by the publisher';
    const rows = [
      signer,
      `Issued by ${c.pick(v.CREDENTIAL_ISSUERS)}`,
      `Produced with ${c.pick(v.CREDENTIAL_TOOLS)}`,
      `Edits since publication: ${c.int(0, 3)}`,
    ];
    const note = c.pick(v.CREDENTIAL_NOTES);
    const link = c.pick(v.CREDENTIAL_LINKS);
    c.add(
      [heading, ...rows, note, link],
      `<aside class="content-credentials"><h3>${esc(heading)}</h3><ul>${rows.map((r) => `<li>${esc(r)}</li>`).join('')}</ul><p>${esc(note)}</p><a href="/provenance">${esc(link)}</a></aside>`,
    );
  };
  // Under the headline on some sites, after the story on others.
  if (c.rand() < 0.5) box();
  else c.tail.push(box);
  c.after.push(() => footer(c, 0.3));
  head(c, 0.5, 0.5, 0.5, section);
}

export function peopleProfileCards(c: Ctx): void {
  logo(c, 0.3, 0.35, 'Home');
  const section = c.pick(v.DESKS);
  lines(c, [`${section} | Explained`], 'label');
  headline(c);
  lines(c, [byline(c, 0.3), when(c)], 'byline');
  const cards = () => {
    const heading = c.pick(v.PEOPLE_HEADS);
    const people = some(c, v.PEOPLE, c.int(2, 3)).flatMap(([name, role]) => [name, role, v.FOLLOW]);
    const note = c.pick(v.PEOPLE_NOTES);
    c.add(
      [heading, ...people, note],
      `<section class="people-cards"><h2>${esc(heading)}</h2>${people.map((p) => `<div>${esc(p)}</div>`).join('')}<small>${esc(note)}</small></section>`,
    );
  };
  // Under the byline on some sites, after the story on others.
  if (c.rand() < 0.5) cards();
  else c.tail.push(cards);
  c.after.push(() => footer(c, 0.3));
  head(c, 0.5, 0.5, 0.5, section);
}
