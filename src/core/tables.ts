/**
 * Table structure back on Readability's output. Readability turns the article candidate it keeps, and each
 * sibling kept with it, into a <div> unless it is a block it knows (its `_setNodeTag`, "so it doesn't get
 * filtered out later"): a <table>, <tbody> or <tr> picked as the article becomes a <div> that still holds rows
 * or cells. The live DOM does not mind, but its HTML does: parsed again (the popup's DOMPurify, the
 * exporters) a <tr> or <td> outside a table is no element at all, so the cells' text runs together and a large
 * table, flattened, takes minutes to parse instead of a fraction of a second. Pure: the DOM is passed in.
 */

/** What only a table holds directly. */
const TABLE_PARTS = new Set(['tbody', 'thead', 'tfoot', 'tr', 'caption', 'colgroup']);
const CELLS = new Set(['td', 'th']);

/**
 * Gives every <div> below `root` that holds nothing but table parts (a renamed table or row group) back its
 * <table>, and every one that holds nothing but cells (a renamed row) its <tr>, adjacent rows in one table.
 * Such a div can only come from renaming: the HTML parser never builds one. In place.
 */
export function restoreTables(root: Element): void {
  const doc = root.ownerDocument;
  /** The tables made for renamed rows, with their body, so that the next row beside one joins it. */
  const rowTables = new Map<Element, Element>();
  for (const div of Array.from(root.getElementsByTagName('div'))) {
    if (holdsOnly(div, TABLE_PARTS)) {
      renamed(div, 'table');
    } else if (holdsOnly(div, CELLS)) {
      const row = renamed(div, 'tr');
      const before = row.previousElementSibling;
      const body = before ? rowTables.get(before) : undefined;
      if (body) {
        body.append(row);
      } else {
        const table = doc.createElement('table');
        const newBody = doc.createElement('tbody');
        row.replaceWith(table);
        newBody.append(row);
        table.append(newBody);
        rowTables.set(table, newBody);
      }
    }
  }
}

/** Whether `el` has element children, all of them named in `names`, and no text of its own. */
function holdsOnly(el: Element, names: ReadonlySet<string>): boolean {
  if (el.firstElementChild === null) return false;
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1 && !names.has((child as Element).localName)) return false;
    if (child.nodeType === 3 && child.nodeValue?.trim()) return false;
  }
  return true;
}

/** `el` as a `tag` element with the same attributes and children, in its place. */
function renamed(el: Element, tag: string): Element {
  const replacement = el.ownerDocument.createElement(tag);
  for (const attr of Array.from(el.attributes)) replacement.setAttribute(attr.name, attr.value);
  while (el.firstChild) replacement.appendChild(el.firstChild); // one at a time: a table may hold 19,000 rows
  el.replaceWith(replacement);
  return replacement;
}
