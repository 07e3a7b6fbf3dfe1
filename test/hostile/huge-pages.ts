/**
 * Generated hostile pages (issue 15 item 5), never committed as files: each is an article page with one
 * thing made huge. `size` scales it, so tests use small versions and scripts/measure-limits.ts the
 * issue's figures.
 */
/** Paragraphs enough for Readability to take the page for an article (scratch.ts imports vitest). */
const STORY_PARAGRAPHS = [
  'The harbour reopened to shipping on Tuesday after a three-day closure, the port authority said, and the first ferries left on time.',
  'Repairs to the northern breakwater will continue through the winter, with work limited to daylight hours, officials said in a statement.',
  'Fishing crews, who lost most of a week at sea, said they welcomed the reopening but worried about the storms forecast for next month.',
]
  .map((p) => `<p>${p}</p>`)
  .join('\n');

function page(head: string, body: string): string {
  return `<!DOCTYPE html><html lang="en"><head><title>Harbour reopens</title>${head}</head>
<body><article><h1>Harbour reopens</h1>${STORY_PARAGRAPHS}${body}</article></body></html>`;
}

/** About `bytes` bytes of ordinary markup: paragraphs in sections. */
export function bigPage(bytes: number): string {
  const block = `<section><p>${'Shipping news and harbour notes, repeated. '.repeat(8)}</p></section>\n`;
  return page('', block.repeat(Math.ceil(bytes / block.length)));
}

/** `count` elements: empty spans. */
export function manyElements(count: number): string {
  return page('', '<span></span>'.repeat(count));
}

/** `count` iframes, each with a small document in `srcdoc` (jsdom parses each as a document). */
export function manyIframes(count: number): string {
  return page('', '<iframe srcdoc="<p>Advertisement</p>"></iframe>'.repeat(count));
}

/** `depth` nested divs around the article's last paragraph. */
export function deepNesting(depth: number): string {
  return page('', `${'<div>'.repeat(depth)}<p>Deep.</p>${'</div>'.repeat(depth)}`);
}

/** One CSS line of about `bytes` bytes, then one @media rule. */
export function longCss(bytes: number): string {
  const rule = '.c{color:#123456}';
  const css = rule.repeat(Math.ceil(bytes / rule.length)) + '\n@media (max-width:600px){.c{color:red}}';
  return page(`<style>${css}</style>`, '');
}

/** One text node of `chars` characters. */
export function longText(chars: number): string {
  return page('', `<p>${'word '.repeat(Math.ceil(chars / 5))}</p>`);
}
