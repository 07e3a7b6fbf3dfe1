/** A state the popup explains instead of showing an article (working, restricted, too large…). */
import type { ComponentChildren } from 'preact';

interface Props {
  kind: string;
  heading: string;
  message?: string;
  children?: ComponentChildren;
}

export function StatusMessage({ kind, heading, message, children }: Props) {
  return (
    <section
      class={`cw-status cw-status--${kind}`}
      data-testid="status"
      data-status={kind}
      role={kind === 'working' ? 'status' : 'alert'}
    >
      <h2>{heading}</h2>
      {message && <p data-testid="status-message">{message}</p>}
      {children}
    </section>
  );
}
