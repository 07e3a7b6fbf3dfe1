/**
 * Where the article came from: site, byline, date (reader's locale; the stored value and its source on
 * hover), reading time, the canonical link and a "via AFP" badge for syndicated copy.
 */
import type { Attribution } from '../core';
import { displayHost, formatPublished, readingTimeLabel, safeHttpUrl, sourceLabel } from './format';

interface Props {
  attribution: Attribution;
  readingMinutes: number;
  locale?: string;
}

export function AttributionView({ attribution, readingMinutes, locale }: Props) {
  const { siteName, byline, published, canonicalUrl, wire } = attribution;
  const canonical = canonicalUrl ? safeHttpUrl(canonicalUrl.value) : null;
  const reading = readingTimeLabel(readingMinutes);
  return (
    <section class="cw-attribution" aria-label="Source" data-testid="attribution">
      <p class="cw-source">
        {siteName && (
          <span class="cw-site" data-testid="site" title={`Site name from ${sourceLabel(siteName.source)}`}>
            {siteName.value}
          </span>
        )}
        {wire && (
          <span
            class="cw-wire"
            data-testid="wire"
            title={`Syndicated copy of ${wire.name}.${wire.evidence.length ? ' Evidence: ' + wire.evidence.join('; ') : ''}`}
          >
            via {wire.agency}
          </span>
        )}
      </p>
      <p class="cw-meta">
        {byline && (
          <span class="cw-byline" data-testid="byline" title={`Byline from ${sourceLabel(byline.source)}`}>
            {byline.value}
          </span>
        )}
        {published && (
          <time
            class="cw-date"
            data-testid="published"
            dateTime={published.value}
            title={`Published ${published.value} (from ${sourceLabel(published.source)})`}
          >
            {formatPublished(published.value, locale)}
          </time>
        )}
        {reading && (
          <span class="cw-reading" data-testid="reading-time">
            {reading}
          </span>
        )}
      </p>
      {canonical && (
        <p class="cw-canonical">
          <a
            href={canonical}
            target="_blank"
            rel="noopener noreferrer"
            data-testid="canonical"
            title={canonicalUrl ? `Canonical address from ${sourceLabel(canonicalUrl.source)}` : undefined}
          >
            {displayHost(canonical)}
            {new URL(canonical).pathname.replace(/\/$/, '')}
          </a>
        </p>
      )}
    </section>
  );
}
