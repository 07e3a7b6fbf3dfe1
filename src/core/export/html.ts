import { collapse } from '../text';
import { attributionParts, ATTRIBUTION_SEPARATOR, type AttributionPart } from './attribution-line';
import { isSafeUrl } from './fragment';
import type { ExportModel } from './model';

/**
 * `<article>` (with the page's lang/dir when known) holding `<h1>`, the cleaned body and a `<footer>` with the
 * attribution line: the canonical URL as a link, the date as `<time datetime>`. Built as DOM nodes in the
 * body's inert document and serialised by it, so page text can never become markup.
 */
export function renderHtml(model: ExportModel): string {
  const doc = model.body.ownerDocument;
  const article = doc.createElement('article');
  if (model.lang) article.setAttribute('lang', model.lang);
  if (model.dir) article.setAttribute('dir', model.dir);

  const heading = collapse(model.heading ?? '');
  if (heading) article.append(textElement(doc, 'h1', heading));
  article.append(...Array.from(model.body.childNodes));

  const parts = attributionParts(model.source);
  if (parts.length > 0) {
    const line = doc.createElement('p');
    parts.forEach((part, i) => {
      if (i > 0) line.append(ATTRIBUTION_SEPARATOR);
      line.append(htmlPart(doc, part));
    });
    const footer = doc.createElement('footer');
    footer.append(line);
    article.append(footer);
  }
  return article.outerHTML;
}

function htmlPart(doc: Document, part: AttributionPart): Node {
  if (part.kind === 'url' && isSafeUrl(part.href)) {
    const a = textElement(doc, 'a', part.text);
    a.setAttribute('href', part.href);
    return a;
  }
  if (part.kind === 'date' && part.text !== part.iso) {
    const time = textElement(doc, 'time', part.text);
    time.setAttribute('datetime', part.iso);
    return time;
  }
  return doc.createTextNode(part.text);
}

function textElement(doc: Document, tag: string, text: string): HTMLElement {
  const el = doc.createElement(tag);
  el.textContent = text;
  return el;
}
