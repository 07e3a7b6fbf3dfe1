import { join } from 'node:path';
import type { Removal } from '../../src/core/types';
import { normalizeSpace } from './score';
import type { ReadabilityResult } from './readability-corpus';
import type { TrafilaturaResult } from './trafilatura';

/**
 * A Markdown worklist for whoever tunes the rules: every trafilatura page where Cleanwire misses a
 * `with` segment or leaks a `without` one (pages where it does worse than raw Readability first), and
 * every readability page below the recall bar, with Cleanwire's removals next to what was lost.
 */
export function renderMisses(t: TrafilaturaResult | null, rc: ReadabilityResult | null): string {
  const out: string[] = ['# Cleanwire misses', ''];
  if (t) {
    const pages = t.pages
      .map((p) => ({ p, c: p.scores.cleanwire!, r: p.scores.readability! }))
      .filter(({ c }) => c.fn + c.fp > 0)
      .map((x) => ({ ...x, delta: x.c.fn + x.c.fp - (x.r.fn + x.r.fp) }))
      .sort(
        (a, b) =>
          b.delta - a.delta || b.c.fn + b.c.fp - (a.c.fn + a.c.fp) || a.p.file.localeCompare(b.p.file),
      );
    const regressions = pages.filter((x) => x.delta > 0).length;
    out.push(
      `## trafilatura-dev: ${pages.length} pages with a miss or a leak (${regressions} worse than raw Readability)`,
      '',
    );
    out.push(
      'Each page: Cleanwire FN/FP, then raw Readability\'s. "(R: found)" = raw Readability had this segment; "(R: leaked too)" = it leaked it as well.',
      '',
    );
    pages.forEach(({ p, c, r, delta }, i) => {
      out.push(
        `### ${i + 1}. ${p.file} — Cleanwire FN ${c.fn} / FP ${c.fp}; Readability FN ${r.fn} / FP ${r.fp}${delta > 0 ? ' — **worse than Readability**' : ''}`,
      );
      out.push('', `- url: ${p.url}`, `- file: \`${join(t.dir, p.file)}\``);
      if (c.empty) out.push(`- Cleanwire returned no text${c.error ? `: ${c.error}` : ''}`);
      for (const s of c.missed)
        out.push(
          `- missed: "${s}"${r.missed.includes(s) ? ' (R: missed too)' : ' (R: found)'}${removedBy(p.removals, s)}`,
        );
      for (const s of c.leaked)
        out.push(`- leaked: "${s}"${r.leaked.includes(s) ? ' (R: leaked too)' : ' (R: dropped it)'}`);
      if (delta > 0 && p.removals.length > 0) {
        out.push(`- Cleanwire removals (${countByRule(p.removals)}):`);
        for (const rm of p.removals.slice(0, 12))
          out.push(`  - \`${rm.ruleId}\` ${rm.stage}, ${rm.textLength} chars: "${rm.preview}"`);
      }
      out.push('');
    });
  }
  if (rc) {
    const low = rc.pages.filter((p) => p.missingBlocks.length > 0 || (p.recall.cleanwire ?? 1) < 0.95);
    out.push(`## readability corpus: ${low.length} pages below the recall bar`, '');
    for (const p of low) {
      out.push(
        `### ${p.name} — Cleanwire recall ${(p.recall.cleanwire ?? 0).toFixed(3)}; raw Readability ${(p.recall.readability ?? 0).toFixed(3)}`,
      );
      out.push('', `- file: \`${join(rc.dir, p.name, 'source.html')}\``);
      for (const b of p.missingBlocks.slice(0, 8))
        out.push(`- lost: "${b.slice(0, 160)}${b.length > 160 ? '…' : ''}"${removedBy(p.removals, b)}`);
      if (p.missingBlocks.length > 8) out.push(`- … and ${p.missingBlocks.length - 8} more blocks`);
      const byRule = countByRule(p.removals);
      if (byRule) out.push(`- Cleanwire removals: ${byRule}`);
      out.push('');
    }
  }
  return out.join('\n');
}

/** Names a removal whose preview holds the start of the lost text (previews are ~80 characters). */
function removedBy(removals: readonly Removal[], text: string): string {
  const head = normalizeSpace(text).slice(0, 30);
  if (head.length < 8) return '';
  const hit = removals.find((r) => r.preview.includes(head));
  return hit ? ` — removed by \`${hit.ruleId}\`` : '';
}

function countByRule(removals: readonly Removal[]): string {
  const counts = new Map<string, number>();
  for (const r of removals) counts.set(r.ruleId, (counts.get(r.ruleId) ?? 0) + 1);
  return [...counts].map(([id, n]) => `${id} ×${n}`).join(', ');
}
