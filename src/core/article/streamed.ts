/**
 * React's streaming server rendering sends a page in two parts: first a shell with a placeholder
 * (`<template id="B:0">`, often followed by a skeleton "fallback"), then, later in the same response,
 * the real content in `<div hidden id="S:0">` and a one-line script (`$RC("B:0","S:0")`) that moves it
 * into the placeholder. A saved page or a page read before that script ran holds its article in a hidden
 * div at the end of the body, which Readability and the hidden-content rules rightly skip. These
 * helpers do what the page's script would have done, so that content counts as content.
 */

/** Segments are numbered from 0; a page streams at most a few hundred, so the lookup is bounded. */
const MAX_SEGMENTS = 500;

function segment(doc: Document, i: number): Element | null {
  const el = doc.getElementById(`S:${i}`);
  return el && el.localName === 'div' && el.hasAttribute('hidden') ? el : null;
}

/** Does this page hold streamed content its script has not moved into place yet? (Two id look-ups.) */
export function hasStreamedContent(doc: Document): boolean {
  return segment(doc, 0) !== null;
}

const isComment = (n: Node | null, data: string): boolean =>
  n?.nodeType === 8 && (n as Comment).data === data;

/**
 * Moves each hidden segment `S:n` to its placeholder `B:n` in `doc` (a copy: this changes the tree),
 * dropping the placeholder's fallback as React does (the nodes up to the boundary's closing `<!--/$-->`
 * comment). A segment without a placeholder is shown where it is. Returns how many segments it moved.
 */
export function revealStreamedContent(doc: Document): number {
  let moved = 0;
  for (let i = 0; i < MAX_SEGMENTS; i++) {
    const content = segment(doc, i);
    if (!content) break;
    const placeholder = doc.getElementById(`B:${i}`);
    if (!placeholder?.parentNode || content.contains(placeholder)) {
      content.removeAttribute('hidden');
      continue;
    }
    const parent = placeholder.parentNode;
    let end: Node | null = placeholder.nextSibling;
    if (isComment(placeholder.previousSibling, '$?')) {
      // The fallback runs to the boundary's end comment; nested boundaries open and close inside it.
      let depth = 0;
      while (end && !(depth === 0 && isComment(end, '/$'))) {
        if (end.nodeType === 8) {
          const data = (end as Comment).data;
          if (data.startsWith('$')) depth++;
          else if (data === '/$') depth--;
        }
        const next: Node | null = end.nextSibling;
        parent.removeChild(end);
        end = next;
      }
    }
    while (content.firstChild) parent.insertBefore(content.firstChild, end);
    parent.removeChild(placeholder);
    content.remove();
    moved++;
  }
  return moved;
}
