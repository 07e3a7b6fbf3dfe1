import { collapse } from '../text';
import { attributionParts, ATTRIBUTION_SEPARATOR, type AttributionPart } from './attribution-line';
import { isSafeUrl } from './fragment';
import { elementToMarkdown, escapeMarkdown } from './turndown';
import type { ExportModel } from './model';

/** `# Title`, the body in Markdown, then the attribution line with the canonical URL as an autolink. */
export function renderMarkdown(model: ExportModel): string {
  const heading = collapse(model.heading ?? '');
  const line = attributionParts(model.source).map(markdownPart).join(ATTRIBUTION_SEPARATOR);
  return [heading ? `# ${escapeMarkdown(heading)}` : '', elementToMarkdown(model.body), line]
    .filter((s) => s !== '')
    .join('\n\n');
}

function markdownPart(part: AttributionPart): string {
  // An autolink needs an absolute URL without spaces or angle brackets, and must not be one that runs code
  // (renderers link `<javascript:…>` as they find it); anything else stays escaped text.
  if (part.kind === 'url' && /^[a-z][a-z0-9+.-]*:[^\s<>]*$/i.test(part.href) && isSafeUrl(part.href))
    return `<${part.href}>`;
  return escapeMarkdown(part.text);
}
