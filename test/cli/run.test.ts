import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, jsonLines, runCli } from './helpers';

const STORY = 'wire-story.html';
const TITLE = 'Facebook asks US banks to share customer data';
const CANONICAL = 'https://www.brecorder.com/news/4602512/facebook-asks-us-banks';
const LINE = `${TITLE} · Business Recorder · 7 August 2018 · ${CANONICAL} · via AFP`;
const CLUTTER = ['AIRLINK', 'KSE100', 'Comments are closed', 'Copyright Agence France-Presse'];

const scratch = mkdtempSync(join(tmpdir(), 'cleanwire-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
function scratchFile(name: string, bytes: Uint8Array | string): string {
  const path = join(scratch, name);
  writeFileSync(path, bytes);
  return path;
}
const ARTICLE_BODY =
  '<p>The harbour reopened to shipping on Tuesday after a three-day closure, the port authority said, and ferries left on time.</p>' +
  '<p>Repairs to the northern breakwater will continue through the winter, with work limited to daylight hours, officials said.</p>';

describe('cleanwire clean: formats', () => {
  it('text (the default): title, body with list items and link text, attribution line; clutter gone', async () => {
    const { code, stdout, stderr } = await runCli(['clean', STORY]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout.startsWith(`${TITLE}\n\nNEW YORK: Facebook has asked major US banks`)).toBe(true);
    expect(stdout).toContain('\n\nFacebook had discussions with JPMorgan Chase, Citibank, and Wells Fargo');
    expect(stdout).toContain(
      '\n\n- bank card transactions,\n- checking account balances,\n- and where purchases were made.\n\n',
    );
    expect(stdout.endsWith(`\n\n${LINE}\n`)).toBe(true);
    for (const junk of CLUTTER) expect(stdout).not.toContain(junk);
  });

  it('markdown: "# Title", links made absolute against the canonical URL, the line with an autolink', async () => {
    const { code, stdout } = await runCli(['clean', '--format', 'markdown', STORY]);
    expect(code).toBe(0);
    expect(stdout.startsWith(`# ${TITLE}\n\n`)).toBe(true);
    expect(stdout).toContain(
      'discussions with [JPMorgan Chase](https://www.brecorder.com/trends/jpmorgan), Citibank',
    );
    expect(stdout).toContain('\n- bank card transactions,\n');
    expect(stdout.endsWith(`\n\n${LINE.replace(CANONICAL, `<${CANONICAL}>`)}\n`)).toBe(true);
  });

  it('html: an <article> with <h1>, body and footer, passed through DOMPurify', async () => {
    const page = scratchFile(
      'purify.html',
      `<html><head><title>Harbour</title></head><body><article><h1>Harbour</h1><p id="location">${ARTICLE_BODY}</p></article></body></html>`,
    );
    const { code, stdout } = await runCli(['clean', '--format', 'html', STORY, page]);
    expect(code).toBe(0);
    expect(stdout.startsWith(`<article lang="en"><h1>${TITLE}</h1>`)).toBe(true);
    expect(stdout).toContain('<a href="https://www.brecorder.com/trends/jpmorgan">JPMorgan Chase</a>');
    expect(stdout).toContain(
      `<footer><p>${TITLE} · Business Recorder · <time datetime="2018-08-07T00:05:00+05:00">7 August 2018</time> · ` +
        `<a href="${CANONICAL}">${CANONICAL}</a> · via AFP</p></footer></article>\n`,
    );
    // the core exporter keeps ids; DOMPurify removes one that would clobber document.location
    expect(stdout).toContain('The harbour reopened');
    expect(stdout).not.toContain('id="location"');
  });

  it('json: the whole result with the file, how it was read and the page URL', async () => {
    const { code, stdout } = await runCli(['clean', '--format', 'json', STORY]);
    expect(code).toBe(0);
    const record = JSON.parse(stdout) as Record<string, unknown> & {
      article: { title: string };
      attribution: { wire: { agency: string } };
    };
    expect(record).toMatchObject({
      file: STORY,
      input: 'html',
      charset: 'utf-8',
      url: CANONICAL,
      status: 'ok',
      message: null,
    });
    expect(record.article.title).toBe(TITLE);
    expect(record.attribution.wire.agency).toBe('AFP');
    expect(Object.keys(record)).toEqual([
      'file',
      'input',
      'charset',
      'url',
      'status',
      'message',
      'article',
      'attribution',
      'removals',
    ]);
  });

  it('json with several files prints an array, one element per file, failures included', async () => {
    const { code, stdout } = await runCli(['clean', '--format', 'json', STORY, 'missing.html']);
    expect(code).toBe(1);
    const records = JSON.parse(stdout) as { file: string; status: string; message: string | null }[];
    expect(records.map((r) => [r.file, r.status])).toEqual([
      [STORY, 'ok'],
      ['missing.html', 'error'],
    ]);
    expect(records[1]!.message).toBe('no such file.');
  });

  it('jsonl: one line per file with the same keys, the article fields and the removals by rule', async () => {
    const { code, stdout } = await runCli(['clean', '--format', 'jsonl', STORY, 'dump.txt', 'frameset.html']);
    expect(code).toBe(1);
    const [story, dump, frameset] = jsonLines(stdout);
    const keys = [
      'file',
      'status',
      'message',
      'input',
      'charset',
      'title',
      'byline',
      'siteName',
      'published',
      'url',
      'wire',
      'lang',
      'wordCount',
      'text',
      'removals',
    ];
    for (const line of [story, dump, frameset]) expect(Object.keys(line!)).toEqual(keys);
    expect(story).toMatchObject({
      file: STORY,
      status: 'ok',
      input: 'html',
      title: TITLE,
      siteName: 'Business Recorder',
      byline: 'AFP',
      published: '2018-08-07T00:05:00+05:00',
      url: CANONICAL,
      wire: 'AFP',
      lang: 'en',
    });
    expect(story!.text).toContain('- checking account balances,');
    const ruleIds = (story!.removals as { ruleId: string }[]).map((r) => r.ruleId);
    expect(ruleIds.some((id) => id.startsWith('tickers.'))).toBe(true);
    expect(ruleIds.some((id) => id.startsWith('comments.'))).toBe(true);
    expect(dump).toMatchObject({
      file: 'dump.txt',
      status: 'ok',
      input: 'text',
      title: 'Council approves new cycle lanes',
    });
    expect(frameset).toMatchObject({
      status: 'unsupported',
      message: 'This page is a frameset: open one of its frames.',
      text: '',
    });
  });
});

describe('cleanwire clean: inputs', () => {
  it('reads standard input for "-"', async () => {
    const html = `<html><head><title>Harbour</title><link rel="canonical" href="https://port.example/news/1"></head><body><article>${ARTICLE_BODY}</article></body></html>`;
    const { code, stdout } = await runCli(['clean', '--format', 'jsonl', '-'], { stdin: html });
    expect(code).toBe(0);
    expect(jsonLines(stdout)[0]).toMatchObject({
      file: '-',
      status: 'ok',
      input: 'html',
      url: 'https://port.example/news/1',
    });
  });

  it('has no made-up address for standard input that declares none', async () => {
    const { stdout } = await runCli(['clean', '-'], {
      stdin: `<html><body><article>${ARTICLE_BODY}</article></body></html>`,
    });
    expect(stdout).not.toContain('about:blank');
    expect(stdout.trimEnd().endsWith('officials said.')).toBe(true);
  });

  it('refuses a second "-" (standard input can be read once) and goes on', async () => {
    const { code, stdout, stderr } = await runCli(['clean', '-', '-', '--format', 'jsonl'], {
      stdin: 'A headline for the dump\n\nOne sentence of article text here.\n',
    });
    expect(code).toBe(1);
    expect(stderr).toBe('cleanwire: <stdin>: standard input was already read by an earlier "-".\n');
    expect(jsonLines(stdout).map((l) => l.status)).toEqual(['ok', 'error']);
  });

  it('names each unreadable file on stderr, prints the others, and exits 1', async () => {
    const { code, stdout, stderr } = await runCli([
      'clean',
      'missing.html',
      STORY,
      '.',
      'frameset.html',
      'dump.txt',
    ]);
    expect(code).toBe(1);
    expect(stderr.split('\n')).toEqual([
      'cleanwire: missing.html: no such file.',
      'cleanwire: .: is a directory, not a file.',
      'cleanwire: frameset.html: This page is a frameset: open one of its frames.',
      '',
    ]);
    expect(stdout).toContain(`${TITLE}\n\nNEW YORK:`);
    expect(stdout).toContain(
      `\n\nCouncil approves new cycle lanes\n\nThe city council approved three new cycle lanes`,
    );
  });

  it('reports an empty file and a binary file as errors', async () => {
    const empty = scratchFile('empty.html', '  \n');
    const binary = scratchFile(
      'image.png',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    );
    const { code, stderr } = await runCli(['clean', empty, binary]);
    expect(code).toBe(1);
    expect(stderr).toContain(`cleanwire: ${empty}: the input is empty.\n`);
    expect(stderr).toContain(`cleanwire: ${binary}: this looks binary`);
  });

  it('refuses a page over --max-elements with the reason, before parsing it', async () => {
    const { code, stderr } = await runCli(['clean', '--max-elements', '5', STORY]);
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^cleanwire: wire-story\.html: This page has about \d+ elements, more than the 5 Cleanwire reads \(--max-elements\)\.\n$/,
    );
  });

  it('cleans a text dump line by line and an HTML page as a page, told apart by content', async () => {
    const { stdout } = await runCli(['clean', '--format', 'jsonl', 'dump.txt', STORY]);
    const [dump, story] = jsonLines(stdout);
    expect([dump!.input, story!.input]).toEqual(['text', 'html']);
    expect(dump!.text).toBe(
      'The city council approved three new cycle lanes on Wednesday, after a debate that ran late into the evening.\n\n' +
        'Work on the first lane, along the river road, starts in March and should take six weeks.',
    );
  });

  it('--input text treats a page as a dump (markup and all), --input html the other way', async () => {
    const { stdout } = await runCli(['clean', '--format', 'jsonl', '--input', 'text', 'frameset.html']);
    expect(jsonLines(stdout)[0]).toMatchObject({ input: 'text' });
  });
});

describe('cleanwire clean: page URL', () => {
  it('uses <link rel=canonical>, then og:url, then the file’s own file:// URL', async () => {
    const og = scratchFile(
      'og.html',
      `<html><head><meta property="og:url" content="https://port.example/og"></head><body><article>${ARTICLE_BODY}</article></body></html>`,
    );
    const { stdout } = await runCli(['clean', '--format', 'jsonl', STORY, og, 'no-canonical.html']);
    expect(jsonLines(stdout).map((l) => l.url)).toEqual([
      CANONICAL,
      'https://port.example/og',
      pathToFileURL(join(FIXTURES, 'no-canonical.html')).href,
    ]);
  });

  it('resolves relative links against the file when the page has no address', async () => {
    const { stdout } = await runCli(['clean', '--format', 'markdown', 'no-canonical.html']);
    expect(stdout).toContain(
      `[northern breakwater](${pathToFileURL(join(FIXTURES, 'notices/breakwater.html')).href})`,
    );
  });

  it('lets --url override what the page says, for links and attribution', async () => {
    const { stdout } = await runCli([
      'clean',
      '--format',
      'markdown',
      '--url',
      'https://port.example/2024/harbour',
      'no-canonical.html',
    ]);
    expect(stdout).toContain('[northern breakwater](https://port.example/2024/notices/breakwater.html)');
    expect(stdout).toContain('<https://port.example/2024/harbour>');
  });
});

describe('cleanwire clean: charsets end to end', () => {
  const page = (meta: string, body: string) =>
    `<html><head>${meta}<title>Caf\xe9</title></head><body><article><p>${body}</p></article></body></html>`;
  const longBody =
    'Le caf\xe9 cr\xe8me co\xfbte deux euros, a dit le patron, et les clients habitu\xe9s ne s\u2019en plaignent pas du tout.';

  it('decodes a Latin-1 page, a GBK page, a UTF-16 page with BOM and a UTF-8 page that claims GBK', async () => {
    const latin1 = scratchFile(
      'latin1.html',
      Buffer.from(page('<meta charset="iso-8859-1">', longBody.replace('\u2019', "'")), 'latin1'),
    );
    const gbkBody = [0xd6, 0xd0, 0xce, 0xc4, 0xd0, 0xc2, 0xce, 0xc5]; // 中文新闻
    const gbk = scratchFile(
      'gbk.html',
      Buffer.concat([
        Buffer.from(
          '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"></head><body><p>',
          'latin1',
        ),
        Buffer.from(gbkBody),
        Buffer.from('</p></body></html>', 'latin1'),
      ]),
    );
    const utf16 = scratchFile(
      'utf16.html',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(page('', longBody), 'utf16le')]),
    );
    const liar = scratchFile(
      'liar.html',
      Buffer.from(page('<meta charset="gb2312">', '中文新闻, ' + longBody), 'utf8'),
    );
    const { code, stdout } = await runCli(['clean', '--format', 'jsonl', latin1, gbk, utf16, liar]);
    expect(code).toBe(0);
    const lines = jsonLines(stdout);
    expect(lines.map((l) => l.charset)).toEqual(['windows-1252', 'gbk', 'utf-16le', 'utf-8']);
    expect(lines[0]!.text).toContain('Le café crème coûte deux euros');
    expect(lines[1]!.text).toBe('中文新闻');
    expect(lines[2]!.text).toContain('ne s’en plaignent pas');
    expect(lines[3]!.text).toContain('中文新闻, Le café crème');
  });
});

describe('cleanwire: help, version, usage errors', () => {
  it('prints usage on stdout for --help and exits 0', async () => {
    const { code, stdout, stderr } = await runCli(['--help']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toMatch(/^Usage: cleanwire clean \[options\] FILE\.\.\./);
  });

  it('prints the package version', async () => {
    const { version } = (await import('../../package.json')).default as { version: string };
    expect(await runCli(['--version'])).toEqual({ code: 0, stdout: `cleanwire ${version}\n`, stderr: '' });
  });

  it.each([[['clean', '--frobnicate', STORY]], [['clean']], [[]], [['clean', '--format', 'pdf', STORY]]])(
    'puts the problem and the usage on stderr, prints nothing, exits 2 for %j',
    async (argv) => {
      const { code, stdout, stderr } = await runCli(argv);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/^cleanwire: .+\n\nUsage: cleanwire clean/);
    },
  );
});

const SEEDS = join(FIXTURES, '../../../../shared/seeds');
describe.skipIf(!existsSync(SEEDS))('cleanwire clean on the seed text dumps (../shared/seeds)', () => {
  it('cleans all five as text, dropping the clutter the seeds README names and keeping the AFP attribution', async () => {
    const seeds = readdirSync(SEEDS)
      .filter((f) => f.endsWith('.txt'))
      .sort();
    const { code, stdout } = await runCli(['clean', '--format', 'jsonl', ...seeds], { cwd: SEEDS });
    expect(code).toBe(0);
    const lines = jsonLines(stdout);
    expect(lines.map((l) => [l.input, l.status])).toEqual(seeds.map(() => ['text', 'ok']));
    const all = lines.map((l) => l.text as string).join('\n');
    for (const clutter of [
      'Comments are closed.',
      'Like this:',
      'Related news:',
      'Authors get paid',
      'has not been edited by Business Standard staff',
      'Increased By',
    ]) {
      expect(all).not.toContain(clutter);
    }
    expect(lines.find((l) => String(l.file).startsWith('000_'))!.wire).toBe('AFP');
    expect(lines.find((l) => String(l.file).startsWith('002_'))!.wire).toBe('AFP');
  });
});
if (!existsSync(SEEDS)) console.warn(`seed dumps not found at ${SEEDS}: the seed CLI test is skipped`);
