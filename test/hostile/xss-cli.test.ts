/**
 * Issue 15, item 1, end to end: `cleanwire clean` on saved pages whose title, site name, byline and body
 * carry the XSS corpus. The Markdown it prints holds no raw tag, the HTML nothing active.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/helpers';
import { scratchFolder, STORY_PARAGRAPHS } from './scratch';
import { activeContent, CANONICAL, escapeHtml, PAYLOADS, rawMarkdownHtml } from './xss-checks';

const scratch = scratchFolder();

/** One page per payload: as the title, og:site_name, author, a paragraph's text, and markup after the story. */
const pages = PAYLOADS.map((payload, i) => {
  const text = escapeHtml(payload);
  return scratch.write(
    `page-${i}.html`,
    `<!DOCTYPE html><html lang="en"><head><title>${text}</title>
<meta property="og:site_name" content="${text}"><meta name="author" content="${text}">
<link rel="canonical" href="${CANONICAL}"></head>
<body><article><h1>${text}</h1>${STORY_PARAGRAPHS}<p>The harbour master said: ${text} and nothing more.</p>
${payload}</article></body></html>`,
  );
});

describe('cleanwire clean on pages full of XSS payloads', () => {
  it('--format markdown prints no raw tag and no script link', async () => {
    const { code, stdout, stderr } = await runCli(['clean', '--format', 'markdown', ...pages]);
    // jsdom's notes about the payloads' stylesheets are fine; anything else on stderr is not.
    const complaints = stderr.split('\n').filter((line) => line !== '' && !/: note: /.test(line));
    expect({ code, complaints }).toEqual({ code: 0, complaints: [] });
    expect(stdout).toContain('The harbour master said: &lt;script>alert(1)&lt;/script> and nothing more.');
    expect(rawMarkdownHtml(stdout)).toEqual([]);
  });

  it('--format html prints nothing active', async () => {
    const { code, stdout } = await runCli(['clean', '--format', 'html', ...pages]);
    expect(code).toBe(0);
    expect(stdout).toContain(
      'The harbour master said: &lt;script&gt;alert(1)&lt;/script&gt; and nothing more.',
    );
    expect(activeContent(stdout)).toEqual([]);
  });
});
