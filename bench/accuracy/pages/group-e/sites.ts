/**
 * bench/accuracy/pages/group-e/sites: four group e layouts of pages that carry a news story on
 * someone's site — a forum repost (community chrome, the story pasted into the post, comments), a
 * think tank or university page republishing an op-ed ("originally appeared in …", cite box, bio),
 * an Asian outlet's English edition (bilingual menus, "Source: … Editor: …", translation note) and
 * a fact-check page (claim and rating box, "Our sources" naming other outlets). Each fills a Ctx
 * (group-c/build.ts) and records where it names the outlet, at random.
 */
import { clock, type Ctx, esc, li, lines, monthOf, otherThan } from '../group-c/build.ts';
import * as v from './vocabulary.ts';

const two = (n: number) => String(n).padStart(2, '0');

export function forumRepost(c: Ctx): void {
  const community = c.pick(v.COMMUNITIES);
  const poster = c.pick(v.FORUM_USERS);
  lines(c, ['Skip to main content', 'Threadnest', 'Log In', 'Get App'], 'site-bar');
  lines(c, [community, `${c.int(2, 950)}K members`, 'Join'], 'community');
  lines(c, [`Posted by u/${poster}`, `${c.int(1, 23)} hr. ago`, c.pick(v.FLAIRS)], 'post-meta');
  c.add([c.headline], `<h1 slot="title">${esc(c.headline)}</h1>`, 'p');
  lines(c, [c.host, '↗'], 'link-card');
  const credit = c.rand();
  if (credit < 0.35) {
    lines(c, [`Source: ${c.outlet}`], 'post-credit', 'p');
    c.inPasted.push('source line');
  } else if (credit < 0.55) {
    lines(c, [`${c.pick(v.FORUM_INTROS)} (${c.outlet})`], 'post-intro', 'p');
    c.inPasted.push('intro credit');
  } else lines(c, [c.pick(v.FORUM_INTROS)], 'post-intro', 'p');
  c.tail.push(() => {
    if (c.rand() < 0.5) lines(c, [c.pick(v.FORUM_EDITS)], 'post-edit', 'p');
  });
  c.after.push(() => {
    const votes = c.int(40, 9000);
    const count = c.int(12, 2400);
    lines(c, [String(votes), 'Vote', `${count} comments`, 'Share', 'Award'], 'post-actions');
    lines(c, ['Sort by:', 'Best', 'Search Comments'], 'comment-sort');
    if (c.rand() < 0.5) lines(c, ['AutoModerator', '• MOD', v.BOT_NOTE], 'comment', 'p');
    const said = [...v.FORUM_COMMENTS].sort(() => c.rand() - 0.5).slice(0, c.int(2, 4));
    for (const text of said) {
      const who = c.pick(otherThan(c, v.FORUM_USERS).filter((u) => u !== poster));
      lines(c, [who, `• ${c.int(1, 20)}h ago`], 'comment-meta');
      c.add([text], `<div class="comment-body"><p>${esc(text)}</p></div>`, 'p');
      lines(c, [String(c.int(1, 800)), 'Reply', 'Share'], 'comment-actions');
    }
    lines(c, ['More posts you may like', 'Related communities'], 'sidebar');
  });
  if (c.rand() < 0.5) c.title = `${c.headline} : ${community}`;
  if (c.rand() < 0.5) c.head.push('<meta property="og:site_name" content="Threadnest">');
}

export function thinkTankRepublish(c: Ctx): void {
  const org = c.pick(v.ORGS);
  const role = c.pick(v.ROLES);
  c.add([org], `<div class="org-logo"><a href="/">${esc(org)}</a></div>`);
  c.add(v.ORG_NAV, `<nav><ul>${li(v.ORG_NAV)}</ul></nav>`);
  if (c.rand() < 0.4) lines(c, [`Home / Commentary / ${c.headline}`], 'breadcrumb');
  lines(c, [c.pick(['Commentary', 'Op-Ed', 'In the News'])], 'content-type', 'p');
  c.add([c.headline], `<h1>${esc(c.headline)}</h1>`, 'p');
  lines(
    c,
    [c.author, role.replace(/^\w/u, (ch) => ch.toUpperCase()), `${monthOf(c)} ${c.d}, ${c.y}`],
    'experts',
  );
  const date = `${monthOf(c)} ${c.d}, ${c.y}`;
  const credit = c.rand();
  const origin =
    credit < 0.5
      ? () => {
          const note = `This commentary originally appeared in ${c.outlet} on ${date}.`;
          c.add([note], `<p class="origin"><em>${esc(note)}</em></p>`, 'p');
          c.inPasted.push('originally appeared');
        }
      : credit < 0.75
        ? () => {
            c.add(
              ['Originally published in'],
              `<p class="origin">Originally published in <img src="/pubs/logo.png" alt="${esc(c.outlet)}"></p>`,
              'p',
            );
            c.inHtml.push('publication logo alt');
          }
        : () => lines(c, ['Republished with permission.'], 'origin', 'p');
  if (c.rand() < 0.5) origin();
  else c.tail.push(origin);
  lines(c, ['Share', 'Print', 'Download PDF', 'Cite'], 'tools');
  c.between.push(() =>
    lines(
      c,
      ['Related Content', c.pick(v.RESEARCH_TITLES), c.pick(['Report', 'Policy brief'])],
      'related-box',
    ),
  );
  c.between.push(() =>
    lines(c, ['Get our weekly policy newsletter', 'Email address', 'Subscribe'], 'newsletter-box', 'p'),
  );
  c.tail.push(() => {
    const bio = `${c.author} is a ${role} at the ${org}.`;
    c.add([bio], `<p class="bio"><em>${esc(bio)}</em></p>`, 'p');
  });
  c.after.push(() => {
    lines(c, ['Cite this commentary', `${c.author}, “${c.headline},” ${org}, ${date}.`, 'Copy'], 'cite', 'p');
    lines(c, ['Related Experts', c.pick(v.STAFF), c.pick(v.STAFF)], 'experts-list');
    lines(c, ['Topics', 'Governance', 'Elections', 'Public Policy'], 'topics');
    lines(c, [`© ${c.y} ${org}`, 'Privacy', 'Accessibility', 'Careers'], 'footer');
  });
  c.title = `${c.headline} | ${org}`;
}

export function asianBilingual(c: Ctx): void {
  const which = c.int(0, v.BILINGUAL_NAVS.length - 1);
  const nav = v.BILINGUAL_NAVS[which] ?? [];
  const home = nav[0] ?? 'Home';
  lines(c, ['English', nav.at(-1) ?? '中文', 'Subscribe', 'Search'], 'lang-bar');
  const mast = c.rand();
  if (mast < 0.35) {
    c.add([c.outlet], `<div class="logo"><a href="/">${esc(c.outlet)}</a></div>`);
    c.inPasted.push('masthead');
  } else if (mast < 0.65) {
    c.add(
      [],
      `<div class="logo"><a href="/"><img src="/images/logo_en.png" alt="${esc(c.outlet)}"></a></div>`,
    );
    c.inHtml.push('logo alt');
  }
  c.add(nav.slice(0, -1), `<nav><ul>${li(nav.slice(0, -1))}</ul></nav>`);
  const section = nav[2] ?? 'World';
  lines(
    c,
    [c.rand() < 0.5 ? `${home} > ${section} > ${c.headline}` : `${home} > ${section} > Text`],
    'breadcrumb',
  );
  c.add([c.headline], `<h1>${esc(c.headline)}</h1>`, 'p');
  const stamp = `${c.y}-${two(c.m)}-${two(c.d)} ${two(c.int(6, 23))}:${two(c.int(0, 59))}:${two(c.int(0, 59))}`;
  const editor = c.pick(v.STAFF);
  const sourced = c.rand() < 0.4;
  const meta = sourced
    ? `${stamp}  Source: ${c.outlet}  Editor: ${editor}`
    : `By ${c.author} | Updated: ${stamp}`;
  if (sourced) c.inPasted.push('source line');
  lines(c, [meta], 'info');
  lines(c, v.FONT_TOOLS, 'tools');
  const note = c.pick(v.TRANSLATION_NOTES);
  const noteFirst = c.rand() < 0.5;
  if (noteFirst) c.add([note], `<p class="translation-note"><em>${esc(note)}</em></p>`, 'p');
  c.between.push(() =>
    lines(c, [`A view of the scene on ${monthOf(c)} ${c.d}. [Photo/${c.pick(v.STAFF)}]`], 'caption', 'p'),
  );
  c.between.push(() => lines(c, ['相关新闻 Related', c.pick(v.READ_MORE), c.pick(v.READ_MORE)], 'related'));
  c.tail.push(() => {
    if (!noteFirst) c.add([note], `<p class="translation-note"><em>${esc(note)}</em></p>`, 'p');
    lines(c, [sourced ? `(Editor: ${editor})` : `Editor: ${editor}`], 'editor', 'p');
  });
  c.after.push(() => {
    const foot = [
      'About Us',
      'Contact',
      'Materials on this site may not be reproduced without written permission.',
      `${c.pick(['京', '서울', '東京'])}ICP ${c.int(10000000, 99999999)}`,
    ];
    if (c.rand() < 0.4) {
      foot.unshift(`Copyright © ${c.y} ${c.outlet}. All rights reserved.`);
      c.inPasted.push('copyright');
    }
    lines(c, foot, 'footer');
  });
  if (c.rand() < 0.5) {
    c.title = `${c.headline} - ${c.outlet}`;
    c.inHtml.push('title');
  }
}

export function factCheck(c: Ctx): void {
  if (c.rand() < 0.4) {
    c.add([c.outlet], `<div class="masthead"><a href="/">${esc(c.outlet)}</a></div>`);
    c.inPasted.push('masthead');
  }
  lines(c, ['Fact Check', 'Latest', 'Methodology', 'Submit a claim'], 'nav');
  lines(c, ['FACT CHECK'], 'label', 'p');
  c.add([c.headline], `<h1>${esc(c.headline)}</h1>`, 'p');
  lines(c, [`By ${c.author}`, `Published ${monthOf(c)} ${c.d}, ${c.y} at ${clock(c)} p.m.`], 'byline');
  const claim = c.pick(v.CLAIMS);
  const rating = c.pick(v.RATINGS);
  c.add(
    ['CLAIM:', claim, 'RATING:', rating],
    `<aside class="claim-box"><div>CLAIM:</div><div>${esc(claim)}</div><div>RATING:</div><div>${esc(rating)}</div></aside>`,
    'p',
  );
  c.between.push(() =>
    lines(
      c,
      ['A screenshot of the post, which has been shared thousands of times. (Screenshot)'],
      'caption',
      'p',
    ),
  );
  c.between.push(() => lines(c, [`Read more: ${c.pick(v.READ_MORE)}`], 'read-more', 'p'));
  c.between.push(() => lines(c, ['Advertisement'], 'ad'));
  c.tail.push(() => {
    const others = otherThan(c, v.OTHER_OUTLETS).slice(0, c.int(2, 3));
    lines(
      c,
      [
        'Our sources',
        ...others.map((o) => `${o}, “${c.pick(v.SOURCE_TITLES)},” ${monthOf(c)} ${c.d}, ${c.y}`),
        `Interview with a spokesperson, ${monthOf(c)} ${c.d}, ${c.y}`,
      ],
      'sources',
      'p',
    );
  });
  c.after.push(() => {
    if (c.rand() < 0.3) {
      const line = `${c.outlet} is a verified signatory of the International Fact-Checking Network's Code of Principles.`;
      c.add([line], `<p class="ifcn">${esc(line)}</p>`, 'p');
      c.inPasted.push('signatory line');
    }
    lines(c, ['Have a claim you want us to check? Send it to our team.', 'Corrections policy'], 'submit');
    if (c.rand() < 0.3) {
      lines(c, [`© ${c.y} ${c.outlet}`], 'copyright');
      c.inPasted.push('copyright');
    }
  });
  if (c.rand() < 0.5) {
    c.head.push(
      `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'ClaimReview', claimReviewed: claim, author: { '@type': 'Organization', name: c.outlet }, reviewRating: { '@type': 'Rating', alternateName: rating } })}</script>`,
    );
    c.inHtml.push('ClaimReview author');
  }
}
