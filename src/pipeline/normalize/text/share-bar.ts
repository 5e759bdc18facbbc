/**
 * normalize/text/share-bar: whether a short line is a share bar ("Share", "Facebook Twitter
 * WhatsApp", "858 shares", "Share on Facebook  Share on Twitter  Email"), for text/cues.ts.
 *
 * In: a line's plain text (trailing punctuation trimmed). Out: true for a bar of share buttons.
 */

/** A share button's word, or a count of shares. */
const SHARE_WORD =
  /^(?:share|shares|shared|sharing|sharing is caring!?|share (?:this|on|via|the)(?: \w+)?|tweet|pin(?: it)?|e-?mail|mail|print|copy(?: link)?|link|comment|comments|facebook|twitter|x|whatsapp|linkedin|reddit|telegram|pinterest|flipboard|messenger|mix|tumblr|vk|viber|line|xing|pocket|wechat|weibo|kakaotalk|qq|naver|a\+|a-|teilen|compartir|partager|condividi|compartilhar|delen|bagikan|kopieren|drucken|imprimir|imprimer|stampa|text|\d+(?:[.,]\d+)?k?)$/i;

/** The verbs of a share button, which the little words below may follow. */
const SHARE_VERB = /^(?:share|send|tweet|teilen|compartir|partager|condividi|compartilhar|delen|bagikan)$/i;

/**
 * The little words a share bar strings its verbs and platforms together with: "Share on
 * Facebook", "Share this article", "Send via Email". Only right after a share verb: "Comment on
 * this story" or "Text to the council" are not buttons.
 */
const SHARE_LINK_WORD =
  /^(?:on|via|to|this|the|story|article|post|page|auf|per|sur|par|en|por|su|em|ce|cet|cette|dieses|diesen|este|esta|questo|questa|artikel|artículo|articolo|artigo|página|seite)$/i;

/** The first token of a line, up to a space or a separator. */
const FIRST_TOKEN = /[^\s|/·•,]+/u;

/**
 * "Share", "Facebook Twitter WhatsApp", "858 shares", "Share on Facebook  Share on Twitter  Email":
 * every token is a share-bar word, or a little word following a share verb, and at least one is
 * not a number; a sentence naming Facebook has other words. The first token is tested unsplit.
 */
export function isShareBar(plain: string): boolean {
  if (plain.length > 80) return false;
  if (SHARE_WORD.test(plain)) return true;
  const first = FIRST_TOKEN.exec(plain)?.[0] ?? '';
  if (!SHARE_VERB.test(first) && !SHARE_WORD.test(first)) return false;
  const parts = plain.split(/\s*[|/·•,]\s*|\s+/u).filter(Boolean);
  if (parts.length < 2 || parts.length > 12) return false;
  let afterVerb = false;
  for (const part of parts) {
    if (SHARE_VERB.test(part)) afterVerb = true;
    else if (afterVerb && SHARE_LINK_WORD.test(part)) continue;
    else if (SHARE_WORD.test(part)) afterVerb = false;
    else return false;
  }
  return parts.some((p) => !/^\d/u.test(p));
}
