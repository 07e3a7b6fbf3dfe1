/**
 * What makes a host name one a browser can have (RFC 1123 as the URL parser applies it): labels of 1–63
 * letters, digits and hyphens, not starting or ending with a hyphen, at most 253 characters in all, and
 * a last label that is not a number unless the whole name is an IPv4 address. Shared by the whitelist's
 * site patterns and the domains of rules.
 */

export const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
export const HOST_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

const MAX_HOST_LENGTH = 253;

/** Why `host` (lower case, without a trailing dot) cannot be a host name, or null when it can. */
export function hostnameProblem(host: string): string | null {
  if (host === '') return 'it is empty';
  if (/[^\x00-\x7f]/.test(host)) {
    const ascii = asciiForm(host);
    return ascii
      ? `write an international name in the form the browser uses: ${ascii}`
      : 'it has characters a host name cannot have';
  }
  if (host.length > MAX_HOST_LENGTH) return `it is longer than ${MAX_HOST_LENGTH} characters`;
  const ip = IPV4.exec(host);
  if (ip) return ip.slice(1).some((n) => Number(n) > 255) ? 'it is not a valid IP address' : null;
  const labels = host.split('.');
  if (labels.some((l) => l === '')) return 'it has an empty label (two dots together, or a dot at an end)';
  const long = labels.find((l) => l.length > 63);
  if (long) return `the label "${long.slice(0, 20)}…" is longer than 63 characters`;
  const hyphen = labels.find((l) => l.startsWith('-') || l.endsWith('-'));
  if (hyphen !== undefined) return `the label "${hyphen}" starts or ends with a hyphen`;
  const bad = labels.find((l) => !HOST_LABEL.test(l));
  if (bad !== undefined) return `the label "${bad}" has characters other than letters, digits and hyphens`;
  if (/^\d+$/.test(labels[labels.length - 1]!)) return 'it ends in a number but is not an IP address';
  return null;
}

/** The browser's (punycode) form of an international name, or null when the URL parser rejects it. */
function asciiForm(host: string): string | null {
  try {
    const ascii = new URL(`http://${host}/`).hostname;
    return /^[\x00-\x7f]+$/.test(ascii) && ascii !== host ? ascii : null;
  } catch {
    return null;
  }
}
