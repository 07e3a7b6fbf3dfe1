/** The cleaned article: title, attribution and sanitised body, in the page's language and direction. */
import type { ComponentChildren, Ref } from 'preact';
import { useState } from 'preact/hooks';
import type { Article } from '../core';
import { SanitizedHtml } from './SanitizedHtml';

interface Props {
  article: Article;
  pageUrl: string;
  /**
   * Characters of text shown at first; a longer article shows its start and a button for the rest
   * (laying out a million characters takes the popup over a second). Omitted: all of it.
   */
  maxChars?: number;
  /** The element holding title and body (the popup reads the reader's selection inside it). */
  containerRef?: Ref<HTMLElement>;
  /** Shown between the title and the body (the attribution). */
  children?: ComponentChildren;
}

export function ArticleView({ article, pageUrl, maxChars, containerRef, children }: Props) {
  const [whole, setWhole] = useState(false);
  const cut = !whole && maxChars !== undefined && article.text.length > maxChars;
  return (
    <article
      class="cw-article"
      ref={containerRef}
      lang={article.lang ?? undefined}
      dir={article.dir ?? undefined}
      data-testid="article"
    >
      <h1 class="cw-title" data-testid="title">
        {article.title}
      </h1>
      {children}
      <SanitizedHtml
        class="cw-body"
        html={article.contentHtml}
        pageUrl={pageUrl}
        maxChars={cut ? maxChars : undefined}
      />
      {cut && (
        <p class="cw-banner" data-testid="article-cut">
          This article is long: the first {maxChars} of its {article.text.length} characters are shown.
          Copying takes all of it.{' '}
          <button type="button" onClick={() => setWhole(true)}>
            Show all
          </button>
        </p>
      )}
    </article>
  );
}
