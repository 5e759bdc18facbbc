/**
 * bench/accuracy/pages/group-f/shares: four group f layouts where someone passes the story on
 * inside another tool — a team chat channel (link preview, the text pasted into a message, reactions,
 * replies), a shared clippings document (editor chrome, source note, bracketed desk notes, comments),
 * a course page in a learning platform (course chrome, instructions, citation, reflection prompts,
 * discussion questions) and a legislative record (a member asks to print the article; "[From …]"
 * line, capitalised headline, page markers). Each fills a Ctx (group-c/build.ts) and records where it
 * names the outlet, at random.
 */
import { type Ctx, esc, lines, monthOf } from '../group-c/build.ts';
import { apMonth, by, dayName, mon3, noted, two } from './named.ts';
import * as v from './vocabulary.ts';

export function chatShare(c: Ctx): void {
  const workspace = c.pick(v.WORKSPACES);
  const channel = c.pick(v.CHANNELS);
  const poster = c.pick(v.STAFF);
  const others = v.STAFF.filter((s) => s !== poster);
  const hour = c.int(8, 10);
  let minute = c.int(30, 50);
  lines(
    c,
    [workspace, ...v.CHAT_SIDEBAR, ...v.CHANNELS.map((ch) => `# ${ch}`), 'Direct messages'],
    'sidebar',
  );
  lines(c, [`# ${channel}`, `${c.int(6, 140)} members`, 'Pinned', 'Files', 'Huddle'], 'channel-header');
  if (c.rand() < 0.6) {
    const who = c.pick(others);
    const opener = c.pick(v.CHAT_OPENERS);
    lines(c, [who, `${hour}:${two(c.int(0, 29))} AM`], 'msg-meta');
    c.add([opener], `<div class="msg-text">${esc(opener)}</div>`);
  }
  lines(c, [poster, `${hour}:${two(minute)} AM`], 'msg-meta');
  c.add([c.url], `<div class="msg-text"><a href="${esc(c.url)}">${esc(c.url)}</a></div>`);
  // The link preview: a service name (the outlet's, or only its domain), the title, a favicon.
  const preview = c.rand();
  const service = preview < 0.5 ? c.outlet : c.host.replace(/^www\./u, '');
  if (preview < 0.5) c.inPasted.push('link preview service name');
  const favicon = preview >= 0.5 && c.rand() < 0.5;
  if (favicon) c.inHtml.push('link preview favicon alt');
  c.add(
    [service, c.headline],
    `<div class="unfurl">${favicon ? `<img src="https://${esc(c.host)}/favicon.ico" alt="${esc(c.outlet)}">` : ''}<span class="service">${esc(service)}</span><a class="unfurl-title" href="${esc(c.url)}">${esc(c.headline)}</a></div>`,
  );
  const note = c.pick(v.CHAT_SHARE_NOTES);
  c.add([note], `<div class="msg-text">${esc(note)}</div>`, 'p');
  // Pasted into the message: sometimes the headline again, in bold, before the text.
  if (c.rand() < 0.5) c.add([c.headline], `<p><b>${esc(c.headline)}</b></p>`, 'p');
  // Long pastes run over several messages; each continuation copies its hover time.
  c.between.push(() => lines(c, [`${hour}:${two(Math.min(59, ++minute))}`], 'msg-time'));
  c.tail.push(() => {
    lines(c, [c.pick(v.REACTIONS), c.pick(v.REACTIONS)], 'reactions');
    lines(c, [`${c.int(2, 9)} replies`, `Last reply ${c.int(1, 5)} hours ago`], 'thread-summary');
  });
  c.after.push(() => {
    const replies = [...v.CHAT_REPLIES].sort(() => c.rand() - 0.5).slice(0, c.int(2, 3));
    for (const text of replies) {
      lines(c, [c.pick(others), `${hour + 1}:${two(c.int(0, 59))} AM`], 'msg-meta');
      c.add([text], `<div class="msg-text">${esc(text)}</div>`);
    }
    lines(c, [`Message #${channel}`, 'Aa', 'Send now'], 'composer');
  });
  c.title = `${channel} (Channel) - ${workspace} - Chatter`;
  if (c.rand() < 0.5) c.head.push('<meta property="og:site_name" content="Chatter">');
}

export function sharedDoc(c: Ctx): void {
  const desk = c.pick(v.DOC_DESKS);
  const clipper = c.pick(v.STAFF);
  const titled = c.rand() < 0.3;
  const docTitle = titled ? `${c.outlet} clip, ${mon3(c)} ${c.d}` : `Clips for the ${desk} desk`;
  if (titled) c.inPasted.push('document title');
  // Editor chrome copies with the page; the exported HTML keeps only the document.
  c.add([docTitle, 'Star', 'Move', 'Saved to Drive'], '');
  c.add(v.DOC_MENU, '');
  c.add([`Last edit was ${c.int(2, 50)} minutes ago`, 'Share', ...v.DOC_TOOLBAR], '');
  c.add(
    [`CLIPPING, internal research only. Pulled by ${clipper} for the ${desk} desk.`],
    `<p class="c2"><span class="c5">CLIPPING, internal research only. Pulled by ${esc(clipper)} for the ${esc(desk)} desk.</span></p>`,
    'p',
  );
  const source = c.rand();
  const sourceLine =
    source < 0.45
      ? `Source: ${c.outlet}, ${c.url}`
      : source < 0.8
        ? `Link: ${c.url}`
        : 'Source: see link in tracker';
  if (source < 0.45) c.inPasted.push('source line');
  c.add([sourceLine], `<p class="c2"><span class="c5">${esc(sourceLine)}</span></p>`, 'p');
  c.add([c.headline], `<h1 class="c7"><span class="c4">${esc(c.headline)}</span></h1>`, 'p');
  const when =
    c.rand() < 0.5 ? `${two(c.d)}.${two(c.m)}.${c.y}` : `${dayName(c)} ${apMonth(c)} ${c.d}, ${c.y}`;
  const meta = `${by(c)} | ${when}`;
  c.add([meta], `<p class="c2"><span class="c9">${esc(meta)}</span></p>`, 'p');
  c.between.push(() => {
    const note = c.pick(v.DOC_NOTES);
    c.add([note], `<p class="c2"><span class="c11">${esc(note)}</span></p>`, 'p');
  });
  const comments = [...v.DOC_COMMENTS].sort(() => c.rand() - 0.5).slice(0, c.int(1, 3));
  c.tail.push(() => {
    c.add(['* * *'], '<hr>', 'p');
    if (source >= 0.45 && c.rand() < 0.4) {
      const origin = `Originally published by ${c.outlet}.`;
      c.add([origin], `<p class="c2"><span class="c5">${esc(origin)}</span></p>`, 'p');
      c.inPasted.push('originally published');
    }
  });
  c.after.push(() => {
    comments.forEach((text, i) => {
      const mark = `[${String.fromCharCode(97 + i)}]`;
      const who = c.pick(v.STAFF);
      c.add(
        [`${mark}${text}`, `${who}`],
        `<div class="comment"><p><a href="#cmnt${i + 1}">${mark}</a>${esc(text)}</p><p>${esc(who)}</p></div>`,
      );
    });
  });
  c.title = docTitle;
}

export function courseReading(c: Ctx): void {
  const lms = c.pick(v.LMS_NAMES);
  const course = c.pick(v.COURSES);
  const college = c.pick(v.COLLEGES);
  const code = course.split(':')[0] ?? 'COURSE';
  const week = c.int(2, 14);
  lines(c, v.LMS_GLOBAL, 'global-nav');
  lines(c, [`${code} > Modules > Week ${week} > Reading`], 'breadcrumb');
  lines(c, [course, `${c.pick(['Fall', 'Spring'])} ${c.y}`, ...v.LMS_COURSE_NAV], 'course-nav');
  lines(c, [`Week ${week} reading`], 'page-title', 'p');
  const instructions = c.pick(v.LMS_INSTRUCTIONS);
  c.add([instructions], `<p><em>${esc(instructions)}</em></p>`, 'p');
  const cite = c.rand();
  const citation =
    cite < 0.5
      ? `${c.author}. “${c.headline}.” ${c.outlet}, ${c.d} ${mon3(c)}. ${c.y}.`
      : cite < 0.75
        ? `${c.author} (${c.y}, ${monthOf(c)} ${c.d}). ${c.headline}. ${c.url}`
        : null;
  if (cite < 0.5) c.inPasted.push('citation');
  const citeFirst = c.rand() < 0.5;
  const citeBlock = () => {
    if (!citation) return;
    // An APA-style line names the outlet only through its author ("Reuters Staff").
    noted(c, citation, 'citation');
    c.add([`Citation: ${citation}`], `<p class="citation">Citation: ${esc(citation)}</p>`, 'p');
  };
  if (citeFirst) citeBlock();
  c.add([c.headline], `<h2>${esc(c.headline)}</h2>`, 'p');
  if (c.rand() < 0.6) {
    const byline = by(c);
    c.add([byline], `<p><strong>${esc(byline)}</strong></p>`, 'p');
  }
  if (!citeFirst) citeBlock();
  c.between.push(() => {
    const prompt = c.pick(v.LMS_PROMPTS);
    c.add([prompt], `<div class="callout"><p>${esc(prompt)}</p></div>`, 'p');
  });
  c.tail.push(() => {
    const qs = [...v.LMS_QUESTIONS].sort(() => c.rand() - 0.5).slice(0, 3);
    lines(c, ['Discussion questions', ...qs.map((q, i) => `${i + 1}. ${q}`)], 'questions', 'p');
  });
  c.after.push(() => {
    lines(c, ['Mark as done', '◄ Previous', 'Next ►'], 'module-footer');
    lines(c, [college, 'Accessibility', 'Privacy policy', `Powered by ${lms}`], 'footer');
  });
  c.title = `Week ${week} reading: ${code}`;
  c.head.push(`<meta property="og:site_name" content="${esc(lms)}">`);
}

export function legislativeRecord(c: Ctx): void {
  const chamber = c.pick(v.CHAMBERS);
  const member = c.pick(v.MEMBERS);
  const letter = chamber === 'SENATE' ? 'S' : 'H';
  let page = c.int(1200, 7800);
  const head = () => `${chamber === 'SENATE' ? 'Senate' : 'House'}   ${monthOf(c)} ${c.d}, ${c.y}`;
  lines(c, ['Record of Proceedings', 'Daily Edition', 'Browse', 'Search', 'Help'], 'site-nav');
  lines(c, [`Volume ${c.y - 1854}, Number ${c.int(20, 199)}`, head()], 'issue');
  lines(c, [`RECORD OF PROCEEDINGS — ${chamber}`, `[Page ${letter}${page}]`], 'running-head', 'p');
  const title = c.headline.toUpperCase();
  lines(c, [title], 'item-title', 'p');
  const says = c.rand();
  const request =
    says < 0.45
      ? `${member}. ${chamber === 'SENATE' ? 'Mr. President' : 'Madam Speaker'}, ${c.pick(v.RECORD_REMARKS)} I ask unanimous consent that the article from ${c.outlet} be printed in the Record.`
      : `${member}. ${chamber === 'SENATE' ? 'Mr. President' : 'Madam Speaker'}, ${c.pick(v.RECORD_REMARKS)} I ask unanimous consent that the following article be printed in the Record.`;
  if (says < 0.45) c.inPasted.push('floor remarks');
  c.add([request], `<p>${esc(request)}</p>`, 'p');
  const ordered =
    'There being no objection, the material was ordered to be printed in the Record, as follows:';
  c.add([ordered], `<p>${esc(ordered)}</p>`, 'p');
  const from = c.rand() < 0.7;
  if (from) {
    const line = `[From ${c.outlet}, ${apMonth(c)} ${c.d}, ${c.y}]`;
    c.add([line], `<p>${esc(line)}</p>`, 'p');
    c.inPasted.push('from line');
  }
  // The printed article: its headline in capitals (once more, or only here), then the byline.
  if (c.rand() < 0.5) lines(c, [title], 'article-title', 'p');
  const byline = `(${by(c)})`;
  c.add([byline], `<p>${esc(byline)}</p>`, 'p');
  c.between.push(() => lines(c, [`[[Page ${letter}${++page}]]`], 'page-marker', 'p'));
  c.tail.push(() => {
    lines(c, ['______'], 'rule', 'p');
    const closer = `${member}. ${c.pick(v.RECORD_CLOSERS)}`;
    c.add([closer], `<p>${esc(closer)}</p>`, 'p');
    if (c.rand() < 0.5) {
      const presiding = 'The PRESIDING OFFICER. The clerk will call the roll.';
      c.add([presiding], `<p>${esc(presiding)}</p>`, 'p');
    }
  });
  c.after.push(() => {
    lines(c, ['Text', 'PDF', `Previous: ${letter}${page - 3}`, `Next: ${letter}${page + 1}`], 'pager');
    lines(c, ['About the Record', 'Accessibility', 'Contact', 'Government printing office'], 'footer');
  });
  c.title = `Record of Proceedings, Volume ${c.y - 1854} — ${head().replace(/\s+/gu, ' ')}`;
}
