/** The three copy buttons and their confirmation. */
import type { ExportFormat } from '../core/export/index';

const LABELS: Record<ExportFormat, string> = { text: 'Text', markdown: 'Markdown', html: 'Rich text' };
const TITLES: Record<ExportFormat, string> = {
  text: 'Copy as plain text, with the source line',
  markdown: 'Copy as Markdown, with the source line',
  html: 'Copy as formatted text (HTML) for word processors and mail, with the source line',
};

interface Props {
  onCopy: (format: ExportFormat) => void;
  /** The reader has selected part of the article: the buttons copy just that. */
  selectionActive: boolean;
  /** The confirmation or error to show, or null. */
  status: string | null;
  /** The reader's default export format (options page): its button comes first. */
  preferred?: ExportFormat;
}

const FORMATS: readonly ExportFormat[] = ['text', 'markdown', 'html'];

export function CopyBar({ onCopy, selectionActive, status, preferred = 'text' }: Props) {
  return (
    <div class="cw-copybar" role="group" aria-label={selectionActive ? 'Copy selection' : 'Copy article'}>
      <span class="cw-copy-label">{selectionActive ? 'Copy selection:' : 'Copy:'}</span>
      {[preferred, ...FORMATS.filter((f) => f !== preferred)].map((format) => (
        <button
          key={format}
          type="button"
          data-testid={`copy-${format}`}
          title={TITLES[format]}
          // Keep the reader's selection: a mousedown on a button would otherwise move focus and collapse it.
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => onCopy(format)}
        >
          {LABELS[format]}
        </button>
      ))}
      <span class="cw-copy-status" role="status" aria-live="polite" data-testid="copy-status">
        {status ?? ''}
      </span>
    </div>
  );
}
