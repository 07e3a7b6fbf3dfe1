/**
 * A cheap tokenizer for HTML text: the tags, found without building anything, so that the command line
 * can judge a page before jsdom parses it. Approximate on purpose (no implied tags, no error recovery
 * beyond the HTML parser's raw-text elements), which is all a size estimate needs.
 */

export interface Tag {
  /** `open` for `<name …>`, `close` for `</name>`. */
  kind: 'open' | 'close';
  /** Lowercased. */
  name: string;
  /** Offsets of `<` and just past `>` in the text. */
  start: number;
  end: number;
  /** `<name … />` */
  selfClosing: boolean;
}

/** Elements whose content the HTML parser reads as text up to their end tag: no tags inside. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);

const NAME = /[a-zA-Z][^\s/>]*/y;
/** The rest of a tag up to its `>`, a quoted attribute value holding `>` included. */
const TAG_REST = /(?:[^>"'=]|=\s*"[^"]*"|=\s*'[^']*'|=)*>/y;

/** Every tag of `html` in order; the content of raw-text elements is skipped, as are comments. */
export function* tagsOf(html: string): Generator<Tag> {
  let at = 0;
  for (;;) {
    const lt = html.indexOf('<', at);
    if (lt === -1 || lt + 1 >= html.length) return;
    const next = html[lt + 1]!;
    if (next === '!' || next === '?') {
      const close = html.startsWith('<!--', lt) ? html.indexOf('-->', lt + 4) : html.indexOf('>', lt);
      if (close === -1) return;
      at = close + (html[close] === '-' ? 3 : 1);
      continue;
    }
    const closing = next === '/';
    NAME.lastIndex = lt + (closing ? 2 : 1);
    const name = NAME.exec(html)?.[0];
    if (name === undefined) {
      at = lt + 1; // a lone `<` in text
      continue;
    }
    TAG_REST.lastIndex = NAME.lastIndex;
    let end = TAG_REST.exec(html) ? TAG_REST.lastIndex : html.indexOf('>', NAME.lastIndex) + 1;
    if (end === 0) return; // a tag cut off at the end of the text
    const lower = name.toLowerCase();
    yield {
      kind: closing ? 'close' : 'open',
      name: lower,
      start: lt,
      end,
      selfClosing: html[end - 2] === '/',
    };
    if (!closing && RAW_TEXT.has(lower)) {
      const endTag = new RegExp(`</${lower}[\\s/>]`, 'gi');
      endTag.lastIndex = end;
      const found = endTag.exec(html);
      end = found ? found.index : html.length;
    }
    at = end;
  }
}
