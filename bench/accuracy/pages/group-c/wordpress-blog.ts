/**
 * bench/accuracy/pages/group-c/wordpress-blog: the group c layout of a small news site on
 * WordPress — site title and tagline, categories, "Posted by admin", share and like widgets, "N
 * thoughts on “headline”", "Leave a Reply", sidebar widgets, a theme footer. Fills a Ctx (build.ts).
 */
import { clock, type Ctx, esc, li, lines, monthOf } from './build.ts';
import * as v from './vocabulary.ts';

export function wordpressBlog(c: Ctx): void {
  const o = c.outlet;
  lines(c, ['Skip to content'], 'skip');
  if (c.rand() < 0.7) {
    c.add([o], `<p class="site-title"><a href="/" rel="home">${esc(o)}</a></p>`, 'p');
    c.inPasted.push('site title');
  } else {
    c.add(
      [],
      `<a href="/" class="custom-logo-link"><img class="custom-logo" src="/logo.png" alt="${esc(o)}"></a>`,
    );
    c.inHtml.push('logo alt');
  }
  const tagline = c.pick(v.BLOG_TAGLINES);
  c.add([tagline], `<p class="site-description">${esc(tagline)}</p>`, 'p');
  const menu = ['Home', 'About', 'Contact', 'Donate', 'Advertise'];
  c.add(['Menu', ...menu], `<nav><button>Menu</button><ul>${li(menu)}</ul></nav>`);
  const cats = [c.pick(v.BLOG_CATEGORIES), c.pick(v.BLOG_CATEGORIES)].filter((x, i, a) => a.indexOf(x) === i);
  lines(c, [cats.join(', ')], 'cat-links');
  c.add([c.headline], `<h1 class="entry-title">${esc(c.headline)}</h1>`, 'p');
  const date = `${monthOf(c)} ${c.d}, ${c.y}`;
  const comments = c.int(0, 6);
  lines(
    c,
    [
      c.pick([
        `Posted on ${date} by admin`,
        `Posted by admin | ${date} | ${comments} Comments`,
        `By ${c.author} — ${date}`,
      ]),
    ],
    'entry-meta',
  );
  c.between.push(() => lines(c, ['Advertisements', 'Report this ad'], 'wordads'));
  c.tail.push(() => {
    lines(
      c,
      [
        'Share this:',
        'Click to share on X (Opens in new window)',
        'Click to share on Facebook (Opens in new window)',
        'Click to email a link to a friend (Opens in new window)',
      ],
      'sharedaddy',
    );
    lines(c, ['Like this:', 'Like Loading...'], 'likes');
    lines(c, [`Tags: ${cats.join(', ')}`], 'tags');
    lines(
      c,
      ['Post navigation', `← ${c.pick(v.BLOG_RECENT)}`, `${c.pick(v.BLOG_RECENT)} →`],
      'post-navigation',
    );
  });
  c.after.push(() => {
    if (comments > 0) {
      c.add(
        [`${comments} thought${comments > 1 ? 's' : ''} on “${c.headline}”`],
        `<h2 class="comments-title">${comments} thoughts on “${esc(c.headline)}”</h2>`,
        'p',
      );
      for (let i = 0; i < Math.min(comments, 2); i++) {
        const who = c.pick(v.COMMENTERS);
        lines(c, [who, `${date} at ${clock(c)} pm`], 'comment-meta');
        const say = c.pick([
          'Great post, thanks for sharing this.',
          'This is exactly what I have been saying for years. Nobody listens.',
          'Does anyone have a link to the full document?',
        ]);
        c.add([say], `<p>${esc(say)}</p>`, 'p');
        lines(c, ['Reply'], 'reply');
      }
    }
    c.add(
      ['Leave a Reply Cancel reply'],
      '<h3 id="reply-title">Leave a Reply <small>Cancel reply</small></h3>',
      'p',
    );
    lines(
      c,
      [
        'Your email address will not be published. Required fields are marked *',
        'Comment *',
        'Name *',
        'Email *',
        'Website',
        'Save my name, email, and website in this browser for the next time I comment.',
        'Post Comment',
      ],
      'comment-form',
    );
    lines(
      c,
      [
        'Search for:',
        'Search',
        'Recent Posts',
        ...v.BLOG_RECENT.slice(0, 4),
        'Recent Comments',
        `${c.pick(v.COMMENTERS)} on ${c.pick(v.BLOG_RECENT)}`,
        'Archives',
        ...v.BLOG_ARCHIVES.slice(0, 3).map((a) => `${a} ${c.y}`),
        'Categories',
        ...v.BLOG_CATEGORIES.slice(0, 3),
        'Meta',
        'Log in',
        'Entries feed',
        'Comments feed',
        'WordPress.org',
      ],
      'widget-area',
    );
    if (c.rand() < 0.5) {
      lines(c, [`© ${c.y} ${o}`, 'Powered by Newspaper Theme'], 'site-info');
      c.inPasted.push('copyright');
    } else lines(c, ['Proudly powered by WordPress', '| Theme: Twenty Seventeen'], 'site-info');
  });
  c.title = `${c.headline} – ${o}`;
  c.inHtml.push('title');
  if (c.rand() < 0.6) {
    c.head.push(`<meta property="og:site_name" content="${esc(o)}">`);
    c.inHtml.push('og:site_name');
  }
}
