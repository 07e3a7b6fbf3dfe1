/**
 * jsdom's `Element.matches` answers simple selectors through nwsapi, which compares class names without
 * regard to case: in jsdom `<div class="Share-buttons">` matches `.share-buttons`, in every browser it
 * does not (in standards mode). The rule engine asks `matches()` (src/core/rules/match.ts), so the
 * command line and the benchmark would clean differently from the extension. This gives a jsdom window
 * a `matches` backed by css-select (fb55's selector engine: the CSS selector grammar browsers use, quirks
 * mode included, a compiled test per selector), and keeps jsdom's own for what css-select cannot read.
 */
import { compile, type Options } from 'css-select';

type Test = (el: Element) => boolean;

const adapter: NonNullable<Options<Node, Element>['adapter']> = {
  isTag: (node): node is Element => node.nodeType === 1,
  getAttributeValue: (el, name) => el.getAttribute(name) ?? undefined,
  getChildren: (node) => Array.from(node.childNodes),
  getName: (el) => el.localName,
  getParent: (el) => el.parentElement,
  getSiblings: (node) => Array.from(node.parentNode?.childNodes ?? [node]),
  prevElementSibling: (node) => (node as Element).previousElementSibling,
  getText: (node) => node.textContent ?? '',
  hasAttrib: (el, name) => el.hasAttribute(name),
  removeSubsets: (nodes) => nodes,
};

export function useStandardMatches(window: { Element: typeof Element }): void {
  const proto = window.Element.prototype;
  const jsdomMatches = proto.matches;
  /** Each selector's compiled test per compat mode (null: css-select cannot read it). */
  const compiled = new Map<string, Test | null>();
  const testFor = (selector: string, quirksMode: boolean): Test | null => {
    const key = (quirksMode ? 'q' : 's') + selector;
    let test = compiled.get(key);
    if (test === undefined) {
      try {
        test = compile<Node, Element>(selector, { adapter, quirksMode });
      } catch {
        test = null;
      }
      compiled.set(key, test);
    }
    return test;
  };
  proto.matches = function matches(this: Element, selector: string): boolean {
    const test = testFor(String(selector), this.ownerDocument.compatMode === 'BackCompat');
    return test ? test(this) : jsdomMatches.call(this, selector);
  };
}
