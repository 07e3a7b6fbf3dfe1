/**
 * Issue 15, item 4: `cleanwire clean --rules FILE` takes the reader's own rules (the options page's
 * syntax and parser), reports invalid lines on stderr with line numbers and reasons, and applies the
 * valid ones after the built-ins — which makes the rule engine's safety testable from the command line:
 * a catastrophic pattern finishes on a long page.
 */
import { describe, expect, it } from 'vitest';
import { jsonLines, runCli } from '../cli/helpers';
import { EVIL_RULE, SAFE_RULE, SPONSOR_LINE, longStoryPage } from './rules-pages';
import { scratchFolder } from './scratch';

const folder = scratchFolder();
const page = folder.write('page.html', longStoryPage(200));

describe('cleanwire clean --rules', () => {
  it('finishes with a catastrophic pattern on a long page and removes what the safe rule removes', async () => {
    const evil = folder.write('evil.txt', `! backtracks for ever in V8\n${EVIL_RULE}\n`);
    const safe = folder.write('safe.txt', `${SAFE_RULE}\n`);
    const withEvil = await runCli(['clean', '--format', 'jsonl', '--rules', evil, page]);
    const withSafe = await runCli(['clean', '--format', 'jsonl', '--rules', safe, page]);
    expect({ code: withEvil.code, stderr: withEvil.stderr }).toEqual({ code: 0, stderr: '' });
    const [record] = jsonLines(withEvil.stdout);
    const [safeRecord] = jsonLines(withSafe.stdout);
    expect(record!.text).not.toContain(SPONSOR_LINE);
    expect(record!.text).toContain('Paragraph 200 ends here.');
    expect(record!.removals).toContainEqual(
      expect.objectContaining({ ruleId: 'user:2', preview: SPONSOR_LINE }),
    );
    expect(record!.text).toBe(safeRecord!.text);
  });

  it('names invalid lines on stderr with their number and reason, skips them, applies the rest after the built-ins', async () => {
    const rules = folder.write(
      'mixed.txt',
      [
        '! my rules',
        'example..com##.ad',
        '##p:has-text(/sponsored/gi)',
        '##p:has-text(/(\\w)\\1/)',
        '||ads.example^',
        '##p:has-text(/^Sponsored by/)',
      ].join('\n'),
    );
    const { code, stdout, stderr } = await runCli(['clean', '--format', 'jsonl', '--rules', rules, page]);
    expect(code).toBe(0);
    const problems = stderr.trimEnd().split('\n');
    expect(problems).toEqual([
      expect.stringMatching(
        /^cleanwire: .*mixed\.txt:2: invalid domain "example\.\.com": .*empty label.*: example\.\.com##\.ad$/,
      ),
      expect.stringMatching(/^cleanwire: .*mixed\.txt:3: flag "g" .*: ##p:has-text\(\/sponsored\/gi\)$/),
      expect.stringMatching(
        /^cleanwire: .*mixed\.txt:4: this regular expression cannot be run safely: backreferences/,
      ),
      expect.stringMatching(/^cleanwire: .*mixed\.txt:5: network filters are not supported/),
    ]);
    const [record] = jsonLines(stdout);
    expect(record!.removals).toContainEqual(
      expect.objectContaining({ ruleId: 'user:6', preview: SPONSOR_LINE }),
    );
  });

  it('applies the rules to text dumps too', async () => {
    const rules = folder.write('text-rules.txt', EVIL_RULE);
    const dump = folder.write(
      'dump.txt',
      ['Harbour reopens after the storm', SPONSOR_LINE, 'word '.repeat(80) + 'end.'].join('\n'),
    );
    const { code, stdout } = await runCli(['clean', '--format', 'jsonl', '--rules', rules, dump]);
    expect(code).toBe(0);
    expect(jsonLines(stdout)[0]!.removals).toContainEqual(expect.objectContaining({ ruleId: 'user:1' }));
  });

  it('exits 2 when the rules file cannot be read', async () => {
    const { code, stdout, stderr } = await runCli(['clean', '--rules', 'no-such-rules.txt', page]);
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toBe('cleanwire: --rules no-such-rules.txt: no such file.\n');
  });
});
