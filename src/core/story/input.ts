/** A story's input from clean()'s result: what the content script and the popup send to be remembered. */
import { siteNameFromUrl } from '../attribution/url';
import type { CleanResult } from '../types';
import type { StoryInput } from './fingerprint';

/** The input for fingerprintStory from clean()'s result; null when the result has no article text. */
export function storyInputOf(result: CleanResult, pageUrl: string | null): StoryInput | null {
  const { article, attribution } = result;
  if (!article || article.text.trim() === '') return null;
  const url = attribution.canonicalUrl?.value ?? pageUrl;
  return {
    title: article.title || null,
    site: attribution.siteName?.value ?? siteNameFromUrl(url),
    url: url ?? null,
    published: attribution.published?.value ?? null,
    wire: attribution.wire?.agency ?? null,
    text: article.text,
  };
}
