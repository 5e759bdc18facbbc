/**
 * bench/accuracy/pages/group-n/credits: four group n layouts where others are credited around the
 * story — an academic author's affiliation under the byline and a disclosure statement and funding
 * partners after the story, a health site's medical-review credit with sources and a revision
 * history, a prediction-market embed between paragraphs, and a hyperlocal town page with a feed of
 * neighbours' posts after the story. Each fills a Ctx (group-c/build.ts) and records where it names
 * the outlet, at random.
 */
import { type Ctx, esc, li, lines, monthOf } from '../group-c/build.ts';
import { noted } from '../group-f/named.ts';
import { logo } from '../group-i/newsrooms.ts';
import { byline, footer, head, when } from './chrome.ts';
import * as v from './vocabulary.ts';

const headline = (c: Ctx) => c.add([c.headline], `<h1 class="article-heading">${esc(c.headline)}</h1>`, 'p');

export function academicDisclosure(c: Ctx): void {
  logo(c, 0.35, 0.3, 'Home');
  const section = c.pick(v.DESKS);
  lines(c, [section], 'topic');
  headline(c);
  const uni = c.pick(v.UNIVERSITIES);
  // The author's name with the post and university, no "By"; the date under it.
  const name = noted(c, c.author, 'byline');
  const post = `${c.pick(v.ACADEMIC_ROLES)}, ${uni}`;
  lines(c, [name, post, when(c)], 'author-block');
  c.tail.push(() => {
    const heading = c.pick(v.DISCLOSURE_HEADS);
    const statement = noted(c, `${c.author} ${c.pick(v.DISCLOSURES)}`, 'disclosure');
    const partners =
      c.rand() < 0.35
        ? noted(c, `${uni} provides funding as a member of ${c.outlet}.`, 'partner note')
        : `${uni} provides support as a founding partner.`;
    const partnerHead = c.pick(v.PARTNER_HEADS);
    c.add(
      [heading, statement, partnerHead, partners],
      `<aside class="disclosure"><h3>${esc(heading)}</h3><p>${esc(statement)}</p><h3>${esc(partnerHead)}</h3><p>${esc(partners)}</p></aside>`,
    );
  });
  c.after.push(() => footer(c, 0.35, 0.15));
  head(c, 0.5, 0.5, 0.5, section);
}

export function medicalReviewCredit(c: Ctx): void {
  logo(c, 0.3, 0.35, 'Homepage');
  const section = c.pick(v.DESKS);
  lines(c, [`Health › ${section}`], 'crumbs');
  headline(c);
  const reviewer = c.pick(v.REVIEWERS);
  const date = when(c);
  const credit = [
    noted(c, `Written by ${c.author}`, 'byline'),
    `Medically reviewed by ${reviewer}`,
    `Updated on ${monthOf(c)} ${c.d}, ${c.y}`,
  ];
  // The review credit under the headline, a badge beside it, the date line under both.
  const badge = `${c.pick(v.REVIEW_BADGES)} ✓`;
  c.add(
    [...credit, badge],
    `<div class="review-credit">${credit.map((t) => `<span>${esc(t)}</span>`).join('')}<span class="badge">${esc(badge)}</span></div>`,
  );
  lines(c, [date], 'dateline');
  c.tail.push(() => {
    const trust =
      c.rand() < 0.3
        ? noted(c, `Why you can trust ${c.outlet}`, 'trust heading')
        : 'How we vet health coverage';
    const sources = v.SOURCES.slice(0, c.int(2, v.SOURCES.length));
    const sourceHead = c.pick(v.SOURCE_HEADS);
    const historyHead = c.pick(v.HISTORY_HEADS);
    const history = v.HISTORY_STEPS.slice(0, c.int(2, 4)).map(
      (s, i) => `${s}: ${monthOf(c).slice(0, 3)} ${Math.min(28, c.d + i)}, ${c.y}`,
    );
    const line = c.pick(v.TRUST_LINES);
    c.add(
      [sourceHead, ...sources, historyHead, ...history, trust, line],
      `<section class="sources"><h2>${esc(sourceHead)}</h2><ol>${li(sources)}</ol><h2>${esc(historyHead)}</h2><ul>${history.map((h) => `<li>${esc(h)}</li>`).join('')}</ul><h3>${esc(trust)}</h3><p>${esc(line)}</p></section>`,
    );
  });
  c.after.push(() => footer(c, 0.3, 0.2));
  head(c, 0.5, 0.45, 0.5, section);
}

export function predictionMarketEmbed(c: Ctx): void {
  logo(c, 0.35, 0.3, 'Home');
  const section = c.pick(v.DESKS);
  lines(c, [section.toUpperCase()], 'eyebrow');
  headline(c);
  lines(c, [byline(c, 0.25), when(c)], 'byline');
  const vendor = c.pick(v.MARKET_VENDORS);
  let shown = false;
  const market = () => {
    if (shown) return;
    shown = true;
    const question = c.pick(v.MARKET_QUESTIONS);
    const yes = c.int(8, 92);
    const rows = [`Yes ${yes}¢`, `No ${101 - yes}¢`, `$${c.int(2, 98) / 10}M traded`];
    const credit =
      c.rand() < 0.25
        ? noted(c, `${c.outlet} has a data partnership with ${vendor}`, 'market credit')
        : `Odds via ${vendor}`;
    const note = c.pick(v.MARKET_NOTES);
    c.add(
      [question, ...rows, ...v.MARKET_BUTTONS, note, credit],
      `<aside class="market-embed"><h4>${esc(question)}</h4><ul>${rows.map((r) => `<li>${esc(r)}</li>`).join('')}</ul>${v.MARKET_BUTTONS.map((b) => `<a href="/markets">${esc(b)}</a>`).join('')}<p>${esc(note)}</p><small>${esc(credit)}</small></aside>`,
    );
  };
  c.between.push(market);
  c.tail.push(market);
  c.after.push(() => footer(c, 0.3, 0.15));
  head(c, 0.5, 0.5, 0.5, section);
}

export function hyperlocalNeighborFeed(c: Ctx): void {
  const i = c.int(0, v.TOWNS.length - 1);
  const town = v.TOWNS[i] ?? 'Fernbrook';
  const place = `${town}, ${v.STATES[i] ?? 'NJ'}`;
  // The town bar, then the outlet with its town edition as the masthead, or a logo.
  lines(c, [place, c.pick(v.TOWN_PROMPTS)], 'town-bar');
  if (c.rand() < 0.3) {
    const edition = `${c.outlet} · ${town} edition`;
    c.add([edition], `<div class="edition-name">${esc(edition)}</div>`);
    c.inPasted.push('town masthead');
  } else logo(c, 0, 0.35, `${town} local news`);
  const section = c.pick(v.DESKS);
  lines(c, [`Neighborhood News · ${section}`], 'label');
  headline(c);
  lines(c, [byline(c, 0.25), when(c)], 'byline');
  c.after.push(() => {
    const heading = c.pick(v.NEIGHBOR_HEADS);
    const posts = [...v.NEIGHBOR_POSTS].sort(() => c.rand() - 0.5).slice(0, c.int(2, 3));
    const who = [...v.NEIGHBORS].sort(() => c.rand() - 0.5);
    const feed = posts.flatMap((p, k) => [
      `${who[k] ?? 'A neighbour'} · ${town}`,
      p,
      v.NEIGHBOR_ACTIONS.join(' · '),
    ]);
    const pitch =
      c.rand() < 0.3
        ? noted(c, `Get ${town} news from ${c.outlet} in your inbox every morning.`, 'newsletter pitch')
        : `Get ${town} news in your inbox every morning.`;
    c.add(
      [heading, ...feed, v.NEIGHBOR_NOTE, pitch],
      `<section class="neighbors"><h2>${esc(heading)}</h2>${feed.map((t) => `<div>${esc(t)}</div>`).join('')}<small>${esc(v.NEIGHBOR_NOTE)}</small><p>${esc(pitch)}</p></section>`,
    );
    footer(c, 0.3, 0.2);
  });
  head(c, 0.5, 0.5, 0.5, section);
}
