import { parseRegexSyntax, type RegexNode } from './syntax';

/**
 * The longest text, in UTF-16 units, a pattern anchored at both ends (`^…$`, no `m` flag) can match, so a
 * text rule need not run its pattern on an element's text that is longer: most text rules read a short
 * label ("Advertisement", "Share this"), and without this each of them ran on the text of every div up
 * to the body. Infinity when the pattern is not anchored at both ends, has an unbounded repetition, or
 * is one the syntax reader refuses. Each atom counts 2 units with the u flag (a whole code point).
 */
export function maxMatchLength(source: string, flags: string): number {
  if (flags.includes('m')) return Infinity;
  const parsed = parseRegexSyntax(source, flags.includes('u'));
  if (!parsed.ok) return Infinity;
  const node = parsed.node;
  if (!anchored(node, 'start') || !anchored(node, 'end')) return Infinity;
  return longest(node, flags.includes('u') ? 2 : 1);
}

/** Every match of `node` begins (or ends) with the `^` (or `$`) assertion. */
function anchored(node: RegexNode, side: 'start' | 'end'): boolean {
  switch (node.type) {
    case 'assert':
      return node.kind === side;
    case 'seq': {
      const edge = side === 'start' ? node.items[0] : node.items[node.items.length - 1];
      return edge !== undefined && anchored(edge, side);
    }
    case 'alt':
      return node.options.every((option) => anchored(option, side));
    default:
      return false;
  }
}

function longest(node: RegexNode, atomUnits: number): number {
  switch (node.type) {
    case 'empty':
    case 'assert':
      return 0;
    case 'atom':
      return atomUnits;
    case 'seq':
      return node.items.reduce((sum, item) => sum + longest(item, atomUnits), 0);
    case 'alt':
      return Math.max(...node.options.map((option) => longest(option, atomUnits)));
    case 'repeat': {
      if (node.max === 0) return 0;
      const one = longest(node.node, atomUnits);
      return one === 0 ? 0 : node.max * one;
    }
  }
}
