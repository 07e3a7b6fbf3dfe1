/** Pages and rule lists the rules-hostility tests share. */

const STORY_SENTENCE =
  'The harbour reopened to shipping on Tuesday after a three day closure and the first ferries left on time, officials said.';

/**
 * A long news page: `paragraphs` story paragraphs that end in punctuation (where a backtracking
 * `^(\w+\s?)*$` explores every way to split the words before it fails), and one sponsor line made of
 * words and spaces only, which such a pattern and its safe twin `^[\w\s]*$` both match.
 */
export function longStoryPage(paragraphs: number): string {
  const story = Array.from(
    { length: paragraphs },
    (_, i) => `<p>${STORY_SENTENCE} Paragraph ${i + 1} ends here.</p>`,
  );
  story.splice(3, 0, '<p>Sponsored by the Harbour Partners Group</p>');
  return `<!DOCTYPE html><html lang="en"><head><title>Harbour reopens after storm</title></head><body>
<header><a href="/">Home</a></header>
<article><h1>Harbour reopens after storm</h1>
${story.join('\n')}
</article></body></html>`;
}

export const SPONSOR_LINE = 'Sponsored by the Harbour Partners Group';

/** Catastrophic in V8 on a long paragraph that ends in punctuation. */
export const EVIL_RULE = '##p:has-text(/^(\\w+\\s?)*$/)';
/** Matches the same texts in linear time. */
export const SAFE_RULE = '##p:has-text(/^[\\w\\s]*$/)';
