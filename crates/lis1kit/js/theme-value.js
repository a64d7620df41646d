// The one rule for a theme value (a `--lis1-*` custom property) that comes from someone else: the configurator
// (www/konfigurator.js) writes it into a stylesheet snippet, the embed page (embed.js) takes it from its address.
// Not a package entry; both import this file.
//
// Only what a theme needs is let through, so a value can neither leave its declaration nor fetch anything:
// colours (#hex, a colour name, rgb()/rgba()/hsl()/hsla() with plain numbers), lengths and numbers (6px, 1rem,
// 0), font names (words, or quoted names without quotes or backslashes inside), a var() of another custom
// property, separated by spaces, commas and slashes (no line breaks). Everything else is refused: any other function (url(),
// image-set(), expression(), …), `;`, `{`, `}`, `<`, `>`, `\`, `@`, `!`, comments, line breaks, unbalanced
// quotes or parentheses.

/** The longest value taken (the longest font list of a real theme is far shorter). */
const MAX_LENGTH = 200;

// One piece of a value: a quoted name, a colour function, var(--name), a hex colour, a word, number or length.
const PIECE = String.raw`(?:"[^"\\;{}<>\n\r]*"|'[^'\\;{}<>\n\r]*'|(?:rgba?|hsla?)\([0-9a-z.%,+\- /]*\)|var\(--[a-z0-9_-]+\)|#[0-9a-f]{3,8}|[a-z0-9.%+-]+)`;
// Pieces are separated by a comma or slash, or by spaces: never adjacent, so the test takes linear time.
const VALUE = new RegExp(String.raw`^${PIECE}(?:(?:[ \t]*[,/][ \t]*|[ \t]+)${PIECE})*$`, 'i');

/**
 * The value trimmed if it is a safe theme value, else null. An empty value is null too (no value: the default).
 * @param {unknown} value
 * @returns {string | null}
 */
export function themeValue(value) {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  if (!trimmed || trimmed.length > MAX_LENGTH) return null;
  return VALUE.test(trimmed) ? trimmed : null;
}
