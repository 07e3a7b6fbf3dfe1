/** The cleaned article: title, attribution and sanitised body, in the page's language and direction. */
import type { ComponentChildren, Ref } from 'preact';
import type { Article } from '../core';
import { SanitizedHtml } from './SanitizedHtml';

interface Props {
  article: Article;
  pageUrl: string;
  /** The element holding title and body (the popup reads the reader's selection inside it). */
  containerRef?: Ref<HTMLElement>;
  /** Shown between the title and the body (the attribution). */
  children?: ComponentChildren;
}

export function ArticleView({ article, pageUrl, containerRef, children }: Props) {
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
      <SanitizedHtml class="cw-body" html={article.contentHtml} pageUrl={pageUrl} />
    </article>
  );
}
