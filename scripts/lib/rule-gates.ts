/**
 * Build-time half of the rule matcher (src/core/rules/match.ts): for each built-in selector, a gate
 * per alternative of its list — a condition every element that alternative selects meets, cheap to
 * check for all rules at once (the element's tag is one of a few, or an attribute exists and its
 * lower-cased value contains a literal). At run time the matcher asks the DOM's own `matches()` only
 * for the few rules whose gate an element passes. Gates are worked out here, with css-what, so that no
 * selector parser ships in the extension; the reader's own rules have none and are answered with one
 * `querySelectorAll` each.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, type AttributeSelector, type Selector } from 'css-what';
import { packGate, type Gate, type PackedGate } from '../../src/core/rules/gates';
import { splitSelectorList } from '../../src/core/inpage/css';
import { compileBuiltinRules } from '../../src/core/rules/compile';

const COMBINATORS = new Set(['descendant', 'child', 'sibling', 'adjacent', 'parent', 'column-combinator']);

/**
 * The gate of one alternative (a complex selector, `text` as written), or null when nothing cheap is
 * implied. An attribute literal rules out more elements than a tag (`a[href^="#"]` is asked about links
 * to anchors, not every link), so it wins unless the tag alone is the whole alternative.
 */
export function gateOf(alternative: Selector[], text: string): Gate | null {
  let start = alternative.length;
  while (start > 0 && !COMBINATORS.has(alternative[start - 1]!.type)) start--;
  const subject = alternative.slice(start);
  const lone = start === 0 && subject.length === 1 ? subject[0]! : null;
  const tags = subject.map(tagsOf).find((t) => t !== null);
  if (tags && lone) return { tags, alternative: text, exact: true };
  let best: { attr: string; literal: string; token: AttributeSelector } | null = null;
  for (const token of subject) {
    if (token.type !== 'attribute') continue;
    const literal = literalOf(token);
    if (literal !== null && (!best || literal.length > best.literal.length))
      best = { attr: token.name.toLowerCase(), literal, token };
  }
  if (best && (best.literal !== '' || !tags)) {
    // `[attr*="literal" i]` alone says exactly what the gate checks.
    const exact = lone === best.token && best.token.action === 'any' && best.token.ignoreCase === true;
    return { attr: best.attr, literal: best.literal, alternative: text, exact: exact && best.literal !== '' };
  }
  return tags ? { tags, alternative: text, exact: false } : null;
}

/** A type selector, or `:is()`/`:where()` of type selectors alone: the element's tag is one of these. */
function tagsOf(token: Selector): string[] | null {
  if (token.type === 'tag') return [token.name.toLowerCase()];
  if (token.type !== 'pseudo' || (token.name !== 'is' && token.name !== 'where')) return null;
  const data = token.data;
  if (!Array.isArray(data)) return null;
  const tags: string[] = [];
  for (const alt of data) {
    const [only, ...rest] = alt;
    if (only?.type !== 'tag' || rest.length > 0) return null;
    tags.push(only.name.toLowerCase());
  }
  return [...new Set(tags)];
}

/**
 * What the attribute's lower-cased value must contain. Only ASCII literals: lower-casing a longer text
 * is not always lower-casing its parts (a final sigma), and built-in selectors are ASCII.
 */
function literalOf(token: AttributeSelector): string | null {
  switch (token.action) {
    case 'exists':
      return '';
    case 'equals':
    case 'element':
    case 'start':
    case 'end':
    case 'any':
    case 'hyphen': {
      const value = token.value.toLowerCase();
      // An empty literal would only say the attribute exists.
      return /^[\x20-\x7e]*$/.test(value) ? value : '';
    }
    default:
      return null; // `!=` and the like: the attribute may be absent
  }
}

/** Gates for a selector list: one per alternative, or null when any alternative has none. */
export function gatesOf(selector: string): Gate[] | null {
  const alternatives = parse(selector);
  const texts = splitSelectorList(selector);
  if (texts.length !== alternatives.length) return null;
  const gates: Gate[] = [];
  for (const [i, alternative] of alternatives.entries()) {
    const gate = gateOf(alternative, texts[i]!);
    if (!gate) return null;
    gates.push(gate);
  }
  return gates;
}

const RULES_DIR = resolve(import.meta.dirname, '../../src/rules');

/**
 * A hash of the rule data and of the generator that wrote a file (its path, `generator`): the generated
 * file names the one it was made from.
 */
export function sourceHash(generator: string = import.meta.filename): string {
  const hash = createHash('sha256');
  for (const file of readdirSync(RULES_DIR).sort())
    hash.update(file).update(readFileSync(join(RULES_DIR, file)));
  hash.update(readFileSync(generator));
  return hash.digest('hex').slice(0, 16);
}

/** The gates of a selector list, packed (core/rules/gates.ts), or null when it has none. */
export function packedGatesOf(selector: string): PackedGate[] | null {
  const gates = gatesOf(selector);
  if (!gates) return null;
  let from = 0;
  return gates.map((gate) => {
    const start = selector.indexOf(gate.alternative, from);
    from = start + gate.alternative.length;
    return packGate(selector, start, gate);
  });
}

/** The text of src/generated/rule-gates.ts. */
export function renderRuleGates(): string {
  const entries: string[] = [];
  const seen = new Set<string>();
  for (const [i, { selector }] of compileBuiltinRules().entries()) {
    if (seen.has(selector)) continue;
    seen.add(selector);
    const packed = packedGatesOf(selector);
    if (packed) entries.push(`  [${i}, ${JSON.stringify(packed)}],`);
  }
  return [
    '// Generated by `npm run gen:rules` (scripts/lib/rule-gates.ts) from src/rules: do not edit.',
    '// `npm run build` rewrites it; test/core/rules/generated.test.ts fails when it is stale.',
    '',
    "import type { PackedGate } from '../core/rules/gates';",
    '',
    `export const SOURCE_HASH = '${sourceHash()}';`,
    '',
    '/**',
    ' * Each built-in selector list, by the index of its first rule in BUILTIN_RULES, with the gates of its',
    ' * alternatives, packed (src/core/rules/gates.ts unpacks them as RULE_GATES).',
    ' */',
    'export const PACKED_GATES: readonly (readonly [number, readonly PackedGate[]])[] = [',
    ...entries,
    '];',
    '',
  ].join('\n');
}
