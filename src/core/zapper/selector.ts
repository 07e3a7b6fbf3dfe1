/**
 * A selector for an element the reader clicked, to save as a rule for the site. It must match exactly
 * that element on this page, and should match its twins on the site's other pages — so it is built
 * from what stays the same between pages (a meaningful id, component classes, data-* names) and not
 * from what changes (generated ids, hashed CSS-in-JS classes, state and utility classes, positions).
 * Position (`:nth-of-type`) is the last resort, anchored at the nearest stable ancestor.
 */

/** Attributes that name a component, in order of preference. */
const NAMING_ATTRIBUTES = [
  'data-testid',
  'data-test-id',
  'data-test',
  'data-qa',
  'data-cy',
  'data-component',
  'data-component-name',
  'data-module',
  'data-widget',
  'data-block',
  'data-section',
  'data-type',
  'data-role',
  'itemprop',
  'role',
];

const STATE_CLASSES = new Set([
  'active',
  'open',
  'opened',
  'closed',
  'selected',
  'visible',
  'hidden',
  'show',
  'shown',
  'hide',
  'collapsed',
  'expanded',
  'current',
  'focus',
  'focused',
  'hover',
  'disabled',
  'enabled',
  'loaded',
  'loading',
  'lazy',
  'lazyload',
  'lazyloaded',
  'sticky',
  'fixed',
  'stuck',
  'animated',
  'animate',
  'fade',
  'in',
  'out',
  'on',
  'off',
  'first',
  'last',
  'odd',
  'even',
  'clearfix',
  'cf',
  'group',
  'container',
  'row',
  'wrapper',
  'inner',
  'outer',
  'flex',
  'grid',
  'block',
  'inline',
  'inline-block',
  'relative',
  'absolute',
  'static',
  'sr-only',
  'visually-hidden',
  'screen-reader-text',
  'pull-left',
  'pull-right',
  'float-left',
  'float-right',
  'text-center',
  'text-left',
  'text-right',
  'd-none',
  'd-block',
  'd-flex',
  'w-100',
  'h-100',
  'dark',
  'light',
  'js',
  'no-js',
]);

/** Utility-class families (Tailwind, Bootstrap, Tachyons): they describe looks, not what a block is. */
const UTILITY =
  /^-?(m|p|mt|mb|ml|mr|mx|my|ms|me|pt|pb|pl|pr|px|py|ps|pe|w|h|min-w|max-w|min-h|max-h|gap|space-[xy]|text|bg|border|rounded|font|leading|tracking|shadow|opacity|z|order|col|cols|grid-cols|col-span|flex|items|justify|self|content|place|top|left|right|bottom|inset|d|g|gx|gy|fs|fw|lh|align|overflow|position|ratio|visible|invisible)-[\w-]+$/;

/** Generated names: CSS-in-JS and CSS-module hashes, framework ids. */
const GENERATED = [
  /^css-[a-z0-9]+(-[\w]+)?$/i, // emotion
  /^sc-[a-z0-9]+$/i, // styled-components
  /^jsx-\d+$/, // styled-jsx
  /^svelte-[a-z0-9]+$/,
  /^(ember|yui_|ext-gen|gwt-|uid-|ng-|vue-|react-|radix-|headlessui-|mui-\d)/i,
  /__[a-z0-9_-]{5,}$/i, // CSS modules: Block_name__a1B2c
  /^_[a-z0-9]{5,}$/i,
  /[0-9a-f]{8}-[0-9a-f]{4}-/i, // UUIDs
];

/** Does a class or id name say what the block is, and will it say the same on the next page? */
export function isStableName(name: string): boolean {
  if (!/^-?[A-Za-z_][\w-]*$/.test(name) || name.length > 40) return false;
  if (/\d{4,}/.test(name)) return false;
  if (GENERATED.some((re) => re.test(name))) return false;
  // A hash: a run of 5+ letters and digits mixing both, with at least two digits (`a1b2c3`, `x7fk29`).
  if (name.split(/[-_]/).some((part) => part.length >= 5 && /\d.*\d/.test(part) && /[a-z]/i.test(part)))
    return false;
  return true;
}

export function isStableClass(name: string): boolean {
  const lower = name.toLowerCase();
  return (
    isStableName(name) && !STATE_CLASSES.has(lower) && !/^(is|has|js|u)-/.test(lower) && !UTILITY.test(lower)
  );
}

/** Attribute values we quote as they are: no quotes, backslashes or line breaks to escape. */
function quotable(value: string): boolean {
  return /^[\w .:/-]{1,60}$/.test(value) && !/\d{4,}/.test(value);
}

/** What can name the element by itself, most stable first (without position). */
function descriptors(el: Element): string[] {
  const tag = el.localName.toLowerCase();
  const out: string[] = [];
  const id = el.getAttribute('id');
  if (id && isStableName(id)) out.push(`#${id}`);
  for (const name of NAMING_ATTRIBUTES) {
    const value = el.getAttribute(name);
    if (value && quotable(value)) out.push(`${tag}[${name}="${value}"]`);
  }
  const classes = [...new Set((el.getAttribute('class') ?? '').split(/\s+/).filter(isStableClass))];
  for (const c of classes) out.push(`.${c}`);
  for (const c of classes) out.push(`${tag}.${c}`);
  for (let i = 0; i < classes.length && i < 4; i++)
    for (let j = i + 1; j < classes.length && j < 4; j++) out.push(`.${classes[i]}.${classes[j]}`);
  for (const attr of ['aria-label', 'name']) {
    const value = el.getAttribute(attr);
    if (value && quotable(value)) out.push(`${tag}[${attr}="${value}"]`);
  }
  out.push(tag);
  return out;
}

function matchesOnly(doc: Document, selector: string, el: Element): boolean {
  try {
    const found = doc.querySelectorAll(selector);
    return found.length === 1 && found[0] === el;
  } catch {
    return false;
  }
}

const MAX_ANCESTORS = 4;

/**
 * A selector that matches exactly `el` in `doc`: the element's own stable name when that is unique;
 * else a stable name of a near ancestor (up to four levels) above the element's own; else a position
 * path (`:nth-of-type`) from the nearest ancestor that has a unique stable name, or from `body`.
 */
export function stableSelector(el: Element, doc: Document): string {
  const tag = el.localName.toLowerCase();
  if (tag === 'html' || tag === 'body' || tag === 'head') return tag;
  // A bare tag is never enough on its own: `p` or `nav` unique on this page is not on the next one.
  const ownNamed = descriptors(el).slice(0, -1);
  for (const d of ownNamed) if (matchesOnly(doc, d, el)) return d;

  const ownTries = ownNamed.length > 0 ? ownNamed.slice(0, 6) : [tag];
  let ancestor = el.parentElement;
  for (let depth = 1; ancestor && depth <= MAX_ANCESTORS; depth++, ancestor = ancestor.parentElement) {
    const atag = ancestor.localName.toLowerCase();
    if (atag === 'body' || atag === 'html') break;
    const theirs = descriptors(ancestor).slice(0, -1).slice(0, 6);
    for (const a of theirs) {
      for (const d of ownTries) {
        const child = depth === 1 ? `${a} > ${d}` : `${a} ${d}`;
        if (matchesOnly(doc, child, el)) return child;
      }
    }
  }
  return positionPath(el, doc);
}

/** `anchor > div:nth-of-type(2) > p`: position steps only where the tag alone is ambiguous. */
function positionPath(el: Element, doc: Document): string {
  const steps: string[] = [];
  let node: Element | null = el;
  while (node) {
    const tag = node.localName.toLowerCase();
    if (tag === 'body' || tag === 'html') {
      steps.unshift(tag);
      break;
    }
    if (node !== el) {
      const anchor = descriptors(node)
        .slice(0, -1)
        .find((d) => matchesOnly(doc, d, node!));
      if (anchor) {
        steps.unshift(anchor);
        break;
      }
    }
    const parent: Element | null = node.parentElement;
    const sameTag = parent
      ? Array.from(parent.children).filter((c) => c.localName === node!.localName)
      : [node];
    steps.unshift(sameTag.length > 1 ? `${tag}:nth-of-type(${sameTag.indexOf(node) + 1})` : tag);
    node = parent;
  }
  return steps.join(' > ');
}
