import { PACKED_GATES } from '../../generated/rule-gates';
import { BUILTIN_RULES } from './compile';

/**
 * A condition every element one alternative of a selector list selects meets: its tag is one of
 * `tags`, or it has attribute `attr` and the attribute's lower-cased value contains `literal` ('' = it
 * has the attribute). An element that passes is asked `matches(alternative)`, unless the gate is
 * `exact`: the whole alternative (`:is(p, div)`, `[class*="ticker" i]`). Worked out for the built-in
 * selectors at build time (scripts/lib/rule-gates.ts); see rules/match.ts.
 */
export type Gate = ({ tags: string[] } | { attr: string; literal: string }) & {
  alternative: string;
  exact: boolean;
};

/**
 * A gate as the build ships it: the alternative as its place in the selector list (it is always a piece
 * of the list), so no selector text is shipped twice; then exact (1) or not (0), and either the tags
 * (space-separated) or the attribute and literal.
 */
export type PackedGate =
  | readonly [start: number, end: number, exact: 0 | 1, tags: string]
  | readonly [start: number, end: number, exact: 0 | 1, attr: string, literal: string];

export function packGate(list: string, start: number, gate: Gate): PackedGate {
  if (list.slice(start, start + gate.alternative.length) !== gate.alternative)
    throw new Error(`gate alternative "${gate.alternative}" is not at ${start} in "${list}"`);
  const end = start + gate.alternative.length;
  const exact = gate.exact ? 1 : 0;
  return 'tags' in gate
    ? [start, end, exact, gate.tags.join(' ')]
    : [start, end, exact, gate.attr, gate.literal];
}

export function unpackGate(list: string, packed: PackedGate): Gate {
  const alternative = list.slice(packed[0], packed[1]);
  const exact = packed[2] === 1;
  return packed.length === 4
    ? { tags: packed[3].split(' '), alternative, exact }
    : { attr: packed[3], literal: packed[4], alternative, exact };
}

/** Each built-in selector list with the gates of its alternatives, unpacked when the engine loads. */
export const RULE_GATES: ReadonlyMap<string, readonly Gate[]> = /* @__PURE__ */ new Map(
  PACKED_GATES.map(([rule, packed]) => {
    const list = BUILTIN_RULES[rule]!.selector;
    return [list, packed.map((p) => unpackGate(list, p))] as const;
  }),
);
