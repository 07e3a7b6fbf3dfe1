/** Smaller / larger article text; the caller stores the choice. */
import { FONT_SIZE_MAX, FONT_SIZE_MIN } from '../core/settings/model';

interface Props {
  size: number;
  onChange: (size: number) => void;
}

export function FontSizeControl({ size, onChange }: Props) {
  return (
    <div class="cw-fontsize" role="group" aria-label="Text size">
      <button
        type="button"
        data-testid="font-smaller"
        aria-label="Smaller text"
        disabled={size <= FONT_SIZE_MIN}
        onClick={() => onChange(size - 1)}
      >
        A−
      </button>
      <span class="cw-fontsize-value" data-testid="font-size">
        {size}px
      </span>
      <button
        type="button"
        data-testid="font-larger"
        aria-label="Larger text"
        disabled={size >= FONT_SIZE_MAX}
        onClick={() => onChange(size + 1)}
      >
        A+
      </button>
    </div>
  );
}
