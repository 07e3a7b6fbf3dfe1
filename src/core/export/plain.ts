import { blockText, collapse } from '../text';
import { attributionLine } from './attribution-line';
import type { ExportModel } from './model';

/** Title, blank line, body (blank line between blocks, "- " list items, link text kept), blank line, attribution. */
export function renderText(model: ExportModel): string {
  return [collapse(model.heading ?? ''), blockText(model.body), attributionLine(model.source)]
    .filter((s) => s !== '')
    .join('\n\n');
}
