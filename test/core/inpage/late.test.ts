import { describe, expect, it } from 'vitest';
import { cleanInPlace, restore, restoreOne } from '../../../src/core/inpage/clean-in-place';
import { HIDDEN_ATTR } from '../../../src/core/inpage/css';
import type { HiddenBlock } from '../../../src/core/inpage/hide';
import { createLateWidgetCleaner, type LateWidgetOptions } from '../../../src/core/inpage/late';
import { retention } from '../../../src/core/inpage/retention';
import type { CompiledRule } from '../../../src/core/types';
import { articleTextOf, HOST, livePage, rulesFor, serialize, userRule } from './helpers';

/**
 * The shell's wiring, with jsdom's real MutationObserver: added nodes go to the cleaner; `schedule`
 * stands in for requestAnimationFrame (frames are run by hand) and `now` for performance.now.
 */
function setup(
  options: Partial<LateWidgetOptions> & { tick?: number; userRules?: (doc: Document) => CompiledRule[] } = {},
) {
  const { dom, doc } = livePage();
  const rules = [...rulesFor(doc), ...(options.userRules?.(doc) ?? [])];
  const articleText = articleTextOf(doc);
  const before = serialize(doc);
  const result = cleanInPlace(doc, { rules, hostname: HOST, articleText });
  const frames: (() => void)[] = [];
  let clock = 0;
  const reported: HiddenBlock[][] = [];
  const cleaner = createLateWidgetCleaner(doc, rules, {
    hostname: HOST,
    result,
    articleText,
    now: () => (clock += options.tick ?? 0),
    schedule: (run) => frames.push(run),
    onHidden: (blocks) => reported.push(blocks),
    ...options,
  });
  const observer = new dom.window.MutationObserver((records) =>
    cleaner.add(records.flatMap((r) => Array.from(r.addedNodes))),
  );
  observer.observe(doc.body, { childList: true, subtree: true });
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0)); // MutationObserver callbacks are microtasks
  const runFrame = () => frames.shift()?.();
  return {
    dom,
    doc,
    rules,
    articleText,
    before,
    result,
    cleaner,
    observer,
    frames,
    reported,
    settle,
    runFrame,
  };
}

const html = (doc: Document, markup: string): Element => {
  const t = doc.createElement('template');
  t.innerHTML = markup.trim();
  return t.content.firstElementChild!;
};

/** The page re-renders its story's first paragraph into a wrapper a rule matches (`related.widget`). */
function wrapFirstParagraph(doc: Document, ...extra: Element[]): Element {
  const firstParagraph = doc.querySelector('.story-body p')!;
  const wrapper = html(doc, '<div class="related-stories"></div>');
  firstParagraph.replaceWith(wrapper);
  wrapper.append(firstParagraph, ...extra);
  return wrapper;
}

describe('createLateWidgetCleaner', () => {
  it('hides a comment widget that arrives after the DOM-ready pass, in the next frame', async () => {
    const { doc, result, cleaner, frames, reported, settle, runFrame } = setup();
    const widget = html(
      doc,
      '<div id="disqus_thread"><iframe src="about:blank"></iframe><p>12 comments</p></div>',
    );
    doc.querySelector('main')!.append(widget);
    await settle();
    expect(cleaner.pending()).toBe(1);
    expect(frames).toHaveLength(1);
    expect(widget.hasAttribute(HIDDEN_ATTR)).toBe(false);
    runFrame();
    expect(widget.getAttribute(HIDDEN_ATTR)).toMatch(/^cw\d+$/);
    const block = result.blocks.at(-1)!;
    expect(block).toMatchObject({
      ruleId: 'comments.disqus',
      family: 'comments',
      stage: 'late',
      preview: '12 comments',
    });
    expect(reported).toEqual([[block]]);
    expect(cleaner.pending()).toBe(0);
    expect(frames).toHaveLength(0);
  });

  it('finds matches inside an added subtree and text rules on added text', async () => {
    const { doc, result, settle, runFrame } = setup();
    const carousel = html(
      doc,
      '<section class="promo"><div class="related-articles"><a href="/x">More</a></div></section>',
    );
    doc.querySelector('main')!.append(carousel);
    const heading = doc.createElement('h3');
    doc.querySelector('main')!.append(heading);
    await settle();
    runFrame();
    heading.append('Leave a Reply');
    await settle();
    runFrame();
    expect(result.blocks.slice(-2).map((b) => b.ruleId)).toEqual(['related.widget', 'comments.heading']);
    expect(carousel.hasAttribute(HIDDEN_ATTR)).toBe(false);
    expect(carousel.firstElementChild!.hasAttribute(HIDDEN_ATTR)).toBe(true);
    expect(heading.hasAttribute(HIDDEN_ATTR)).toBe(true);
  });

  it('matches the added root itself by a selector outside the fast subset, and spares what is not hidden in place', async () => {
    // `:nth-of-type` is answered by the DOM's own engine: the root of the added subtree must be asked too.
    const { doc, result, settle, runFrame } = setup({
      userRules: (d) => [userRule(d, '##aside.promo-rail:nth-last-of-type(1)')],
    });
    const rail = html(doc, '<aside class="promo-rail"><a href="/a">Offer</a></aside>');
    // What the page hides itself stays as it is (the `hidden` family is the engine's alone)…
    const icon = html(doc, '<p aria-hidden="true">Decorative star rating line</p>');
    // …while a reprint note is a disclaimer, which goes in place too.
    const note = html(
      doc,
      '<p>This story may not be republished without the prior written permission of the publisher.</p>',
    );
    doc.querySelector('main')!.append(rail, icon, note);
    await settle();
    runFrame();
    const blockOf = (el: Element) => result.blocks.find((b) => b.id === el.getAttribute(HIDDEN_ATTR));
    expect(blockOf(rail)).toMatchObject({ ruleId: 'user:1', stage: 'late' });
    expect(blockOf(note)).toMatchObject({ ruleId: 'disclaimers.reprint', stage: 'late' });
    expect(icon.hasAttribute(HIDDEN_ATTR)).toBe(false);
  });

  it('spends at most its budget per frame and carries the rest to the next frame', async () => {
    // Every clock reading advances 0.5 ms: with a 1 ms budget a batch handles two nodes.
    const { doc, result, cleaner, frames, settle, runFrame } = setup({ tick: 0.5, budgetMs: 1 });
    const main = doc.querySelector('main')!;
    for (let i = 0; i < 5; i++) main.append(html(doc, `<div class="newsletter-box">Sign up ${i}</div>`));
    await settle();
    expect(cleaner.pending()).toBe(5);
    runFrame();
    expect(cleaner.pending()).toBe(3);
    expect(frames).toHaveLength(1);
    runFrame();
    runFrame();
    expect(cleaner.pending()).toBe(0);
    expect(frames).toHaveLength(0);
    expect(result.blocks.filter((b) => b.stage === 'late')).toHaveLength(5);
    expect(cleaner.stats).toMatchObject({ batches: 3, nodes: 5 });
  });

  it('always makes progress, even when one node takes longer than the budget', async () => {
    const { doc, cleaner, settle, runFrame } = setup({ tick: 5, budgetMs: 1 });
    doc
      .querySelector('main')!
      .append(
        html(doc, '<div class="newsletter-box">A</div>'),
        html(doc, '<div class="newsletter-box">B</div>'),
      );
    await settle();
    runFrame();
    expect(cleaner.pending()).toBe(1);
    runFrame();
    expect(cleaner.pending()).toBe(0);
  });

  it('never hides article text that arrives late inside a matching wrapper', async () => {
    const { doc, articleText, result, settle, runFrame } = setup();
    const wrapper = wrapFirstParagraph(doc);
    await settle();
    runFrame();
    expect(wrapper.hasAttribute(HIDDEN_ATTR)).toBe(false);
    expect(result.kept.at(-1)).toMatchObject({ ruleId: 'related.widget', reason: 'article-text' });
    expect(retention(doc, articleText)).toBe(1);
  });

  it('hides a late comment thread longer than half the page, which the DOM-ready size guard would spare', async () => {
    const { doc, articleText, result, settle, runFrame } = setup();
    const comment = (n: number) =>
      `<li class="comment"><p>Reader ${n}: the sea wall has needed work for years and nobody listened.</p></li>`;
    const thread = html(
      doc,
      `<section class="comments-area" id="comments"><ol class="comment-list">${Array.from(
        { length: 80 },
        (_, i) => comment(i + 1),
      ).join('')}</ol></section>`,
    );
    expect((thread.textContent ?? '').length).toBeGreaterThan(result.maxHiddenChars);
    doc.querySelector('main')!.append(thread);
    await settle();
    runFrame();
    expect(thread.getAttribute(HIDDEN_ATTR)).toMatch(/^cw\d+$/);
    expect(result.blocks.at(-1)).toMatchObject({ family: 'comments', stage: 'late' });
    expect(retention(doc, articleText)).toBe(1);
  });

  it('without the article text, a late block over the size guard is kept', async () => {
    const { doc, result, settle, runFrame } = setup({ articleText: null });
    const thread = html(
      doc,
      `<section class="comments-area" id="comments"><p>${'A long reader comment about the sea wall. '.repeat(200)}</p></section>`,
    );
    expect((thread.textContent ?? '').length).toBeGreaterThan(result.maxHiddenChars);
    doc.querySelector('main')!.append(thread);
    await settle();
    runFrame();
    expect(thread.hasAttribute(HIDDEN_ATTR)).toBe(false);
    expect(result.kept.at(-1)).toMatchObject({ reason: 'too-large' });
  });

  it('ignores nodes inside blocks already hidden, and nodes that left the page', async () => {
    const { doc, result, settle, runFrame } = setup();
    const n = result.blocks.length;
    doc.getElementById('comments')!.append(html(doc, '<div class="disqus">x</div>'));
    const gone = html(doc, '<div class="disqus">y</div>');
    doc.body.append(gone);
    gone.remove();
    await settle();
    runFrame();
    expect(result.blocks).toHaveLength(n);
  });

  it('flush handles the queue at once; stop ignores what comes after', async () => {
    const { doc, cleaner, result, settle } = setup({ tick: 10, budgetMs: 1 });
    const main = doc.querySelector('main')!;
    for (let i = 0; i < 3; i++) main.append(html(doc, `<div class="newsletter-box">${i}</div>`));
    await settle();
    cleaner.flush();
    expect(cleaner.pending()).toBe(0);
    const n = result.blocks.length;
    cleaner.stop();
    main.append(html(doc, '<div class="newsletter-box">late</div>'));
    await settle();
    expect(cleaner.pending()).toBe(0);
    expect(result.blocks).toHaveLength(n);
  });

  describe('with the article-text check in idle time', () => {
    /** `idle` stands in for requestIdleCallback: idle periods are run by hand, like frames. */
    function setupIdle(options: Parameters<typeof setup>[0] = {}) {
      const idles: (() => void)[] = [];
      const shown: HiddenBlock[][] = [];
      const page = setup({ idle: (run) => idles.push(run), onShown: (b) => shown.push(b), ...options });
      // The first idle callback, asked for at creation, warms the late path up (tested below).
      const warmUp = idles.shift()!;
      warmUp();
      return { ...page, idles, shown, warmUp, runIdle: () => idles.shift()?.() };
    }

    it('warms the late path up in its first idle callback, touching nothing on the page', () => {
      const idles: (() => void)[] = [];
      const page = setup({ idle: (run) => idles.push(run) });
      expect(idles).toHaveLength(1);
      const markup = serialize(page.doc);
      const record = JSON.stringify(page.result);
      idles.shift()!();
      expect(serialize(page.doc)).toBe(markup);
      expect(JSON.stringify(page.result)).toBe(record);
      expect(page.cleaner.stats).toMatchObject({ batches: 0, checks: 0 });
      expect(idles).toHaveLength(0);
    });

    it('hides a widget in its frame by its root alone, and checks it when the page is idle', async () => {
      const { doc, result, cleaner, idles, reported, settle, runFrame, runIdle } = setupIdle();
      const widget = html(
        doc,
        '<div id="disqus_thread"><iframe src="about:blank"></iframe><p>12 comments</p></div>',
      );
      doc.querySelector('main')!.append(widget);
      await settle();
      runFrame();
      const block = result.blocks.at(-1)!;
      expect(block).toMatchObject({ ruleId: 'comments.disqus', stage: 'late', preview: '12 comments' });
      expect(widget.getAttribute(HIDDEN_ATTR)).toBe(block.id);
      expect(reported).toEqual([[block]]);
      expect(cleaner.unchecked()).toBe(1);
      expect(idles).toHaveLength(1);
      runIdle();
      expect(cleaner.unchecked()).toBe(0);
      expect(widget.getAttribute(HIDDEN_ATTR)).toBe(block.id);
      expect(cleaner.stats).toMatchObject({ checks: 1, checked: 1, shownAgain: 0 });
    });

    it('names the same rule as the full walk when a text rule would also match the root', async () => {
      // `.share-buttons` (selector-only) and "Share this:" (a text rule) both select this root; the
      // selector-only rule comes first in priority, with or without the quick look at the root.
      const markup = '<div class="share-buttons"><span>Share this:</span><a href="#">Facebook</a></div>';
      const ruleOf = async (idle: boolean) => {
        const page = idle ? setupIdle() : setup();
        page.doc.querySelector('main')!.append(html(page.doc, markup));
        await page.settle();
        page.runFrame();
        return page.result.blocks.at(-1)!;
      };
      const full = await ruleOf(false);
      const quick = await ruleOf(true);
      expect(full.stage).toBe('late');
      expect(quick).toMatchObject({ ruleId: full.ruleId, family: full.family, preview: full.preview });
    });

    it('shows article text again in idle time, and hides the clutter inside it', async () => {
      const { doc, articleText, result, cleaner, shown, reported, settle, runFrame, runIdle } = setupIdle();
      const share = html(doc, '<div class="share-buttons"><a href="#">Facebook</a></div>');
      const wrapper = wrapFirstParagraph(doc, share);
      await settle();
      runFrame();
      // Until the page is idle the wrapper is hidden: the price of a frame that only matches.
      expect(wrapper.hasAttribute(HIDDEN_ATTR)).toBe(true);
      const provisional = result.blocks.at(-1)!;
      runIdle();
      expect(wrapper.hasAttribute(HIDDEN_ATTR)).toBe(false);
      expect(result.blocks).not.toContain(provisional);
      expect(result.kept.at(-1)).toMatchObject({ ruleId: 'related.widget', reason: 'article-text' });
      expect(shown).toEqual([[provisional]]);
      expect(share.getAttribute(HIDDEN_ATTR)).toBe(result.blocks.at(-1)!.id);
      expect(reported.at(-1)).toEqual([result.blocks.at(-1)]);
      expect(retention(doc, articleText)).toBe(1);
      expect(cleaner.stats).toMatchObject({ shownAgain: 1 });
    });

    it('checks what is still unchecked when stopped, so no article text stays hidden', async () => {
      const { doc, articleText, cleaner, idles, settle, runFrame } = setupIdle();
      const wrapper = wrapFirstParagraph(doc);
      await settle();
      runFrame();
      expect(wrapper.hasAttribute(HIDDEN_ATTR)).toBe(true);
      cleaner.stop();
      expect(wrapper.hasAttribute(HIDDEN_ATTR)).toBe(false);
      expect(retention(doc, articleText)).toBe(1);
      idles.shift()?.(); // the idle callback still comes, and finds nothing left to do
      expect(cleaner.stats.checks).toBe(1);
    });

    it('leaves a block the reader restored meanwhile alone', async () => {
      const { doc, result, settle, runFrame, runIdle } = setupIdle();
      const wrapper = wrapFirstParagraph(doc);
      await settle();
      runFrame();
      const block = result.blocks.at(-1)!;
      restoreOne(doc, result, block.id);
      const kept = result.kept.length;
      runIdle();
      expect(result.kept).toHaveLength(kept);
      expect(wrapper.hasAttribute(HIDDEN_ATTR)).toBe(false);
    });
  });

  it('restore undoes late blocks too, back to the original page', async () => {
    const { doc, before, result, observer, settle, runFrame } = setup();
    const widget = html(doc, '<div class="fb-comments" data-href="x"></div>');
    doc.querySelector('main')!.append(widget);
    await settle();
    runFrame();
    observer.disconnect();
    widget.remove();
    restore(doc, result);
    expect(serialize(doc)).toBe(before);
  });
});
