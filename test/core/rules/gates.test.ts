import { describe, expect, it } from 'vitest';
import { gatesOf } from '../../../scripts/lib/rule-gates';
import { BUILTIN_RULES } from '../../../src/core/rules/compile';
import { RULE_GATES } from '../../../src/core/rules/gates';

describe('rule gates (scripts/lib/rule-gates.ts)', () => {
  it('cover every built-in selector, so no built-in rule falls back to a query', () => {
    for (const rule of BUILTIN_RULES) expect(RULE_GATES.has(rule.selector), rule.id).toBe(true);
  });

  it('gate a type selector or :is() of types by tag, exactly when that is the whole alternative', () => {
    expect(gatesOf(':is(p, DIV), span')).toEqual([
      { tags: ['p', 'div'], alternative: ':is(p, DIV)', exact: true },
      { tags: ['span'], alternative: 'span', exact: true },
    ]);
    expect(gatesOf('article p')).toEqual([{ tags: ['p'], alternative: 'article p', exact: false }]);
  });

  it('prefer an attribute literal to a tag, the longest literal, lower-cased; class and id are attributes', () => {
    expect(gatesOf('section[class*="comments"]')).toEqual([
      { attr: 'class', literal: 'comments', alternative: 'section[class*="comments"]', exact: false },
    ]);
    expect(gatesOf('[data-href][class*="FB-Comment"]')).toEqual([
      { attr: 'class', literal: 'fb-comment', alternative: '[data-href][class*="FB-Comment"]', exact: false },
    ]);
    expect(gatesOf('.OUTBRAIN, #Comments')).toEqual([
      { attr: 'class', literal: 'outbrain', alternative: '.OUTBRAIN', exact: false },
      { attr: 'id', literal: 'comments', alternative: '#Comments', exact: false },
    ]);
    expect(gatesOf('a[hidden]')).toEqual([{ tags: ['a'], alternative: 'a[hidden]', exact: false }]);
  });

  it('take `[attr*="literal" i]` alone as exact: the gate is the whole test', () => {
    expect(gatesOf('[class*="ticker" i], [class*="ticker"]')).toEqual([
      { attr: 'class', literal: 'ticker', alternative: '[class*="ticker" i]', exact: true },
      { attr: 'class', literal: 'ticker', alternative: '[class*="ticker"]', exact: false },
    ]);
  });

  it('gate only the subject of a complex selector, and give none when it implies nothing cheap', () => {
    expect(gatesOf('.promo + p')).toEqual([{ tags: ['p'], alternative: '.promo + p', exact: false }]);
    expect(gatesOf('.promo > *')).toBeNull();
    expect(gatesOf('p, :not(.x)')).toBeNull(); // one alternative without a gate: the rule has none
    expect(gatesOf('[lang!="en"]')).toBeNull();
    expect(gatesOf('[title="Ωμέγα"]')).toEqual([
      { attr: 'title', literal: '', alternative: '[title="Ωμέγα"]', exact: false },
    ]); // non-ASCII: existence only
  });
});
