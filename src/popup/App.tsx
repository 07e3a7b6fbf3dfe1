/** The toolbar popup (also openable as a page for a tab: popup.html?tab=<id>). */
import type { RefObject } from 'preact';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ExportFormat } from '../core/export/index';
import type { CleanResult } from '../core';
import browser, { type Tabs } from '../shared/browser';
import { DEFAULTS as DEFAULT_SETTINGS, clampFontSize, type Settings } from '../core/settings';
import { loadSettings, onSettingsChanged, saveSettings } from '../shared/storage';
import { ARTICLE_VIEW_CHARS } from '../shared/limits';
import { ArticleView } from '../ui/ArticleView';
import { AttributionView } from '../ui/AttributionView';
import { CopyBar } from '../ui/CopyBar';
import { FontSizeControl } from '../ui/FontSizeControl';
import { RemovalsSummary } from '../ui/RemovalsSummary';
import { PageTools } from '../ui/PageTools';
import { StatusMessage } from '../ui/StatusMessage';
import type { InPageState, PageBlock, PageToolReply } from '../shared/messages';
import {
  clipboardPayload,
  loadExporters,
  loadedExporters,
  sanitizedResult,
  selectionHtmlWithin,
  writeClipboard,
} from './copy';
import { openInTab, readTab, watchTab, type TabReading } from './load';
import {
  askPage,
  enableSite,
  cleanInMode,
  cleanThisPage,
  removeSite,
  requestSitePermission,
  restoreBlock,
  siteOf,
  startZapper,
} from './page-tools';
import { PAGE_CHANGED_MESSAGE, type PopupState } from './state';
import type { StoryCopiesData } from './StoryCopies';
import { errorText } from '../core';

const FORMAT_NAMES: Record<ExportFormat, string> = {
  text: 'plain text',
  markdown: 'Markdown',
  html: 'rich text',
};

/** "Also seen on", once the story memory has been read: the lazily loaded view and what it shows. */
interface LoadedCopies {
  View: typeof import('./StoryCopies').StoryCopies;
  data: StoryCopiesData;
}

/**
 * Compares the article with the story memory and adds it to the memory (unless the reader switched the
 * memory off); null when no stored story is a copy of it. The code loads after the article is on screen.
 */
async function storyCopiesFor(
  result: CleanResult,
  pageUrl: string,
  tabId: number | null,
): Promise<LoadedCopies | null> {
  if (!(await loadSettings()).storyMemory) return null;
  const { StoryCopies, readStoryMemory } = await import('./StoryCopies');
  const data = await readStoryMemory(result, pageUrl, tabId);
  return data ? { View: StoryCopies, data } : null;
}

/** The result whose article is on screen, if any. */
function shownResult(
  state: PopupState,
  showAnyway: boolean,
): { result: CleanResult; pageUrl: string } | null {
  if (state.kind === 'article') return { result: state.result, pageUrl: state.page.url };
  if (state.kind === 'no-article' && showAnyway && state.result.article)
    return { result: state.result, pageUrl: state.page.url };
  return null;
}

interface Props {
  /** The first reading of the tab, started before the first render. */
  firstReading: Promise<TabReading>;
  firstSettings: Promise<Settings>;
}

export function App({ firstReading, firstSettings }: Props) {
  const asPage = useMemo(() => new URLSearchParams(location.search).has('tab'), []);
  const [tab, setTab] = useState<Tabs.Tab | null>(null);
  const [state, setState] = useState<PopupState>({ kind: 'working' });
  const [stale, setStale] = useState(false);
  const [showAnyway, setShowAnyway] = useState(false);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [copyStatus, setCopyStatus] = useState<string | null>(null);
  const [selectionActive, setSelectionActive] = useState(false);
  const articleRef = useRef<HTMLElement>(null);
  const copyStatusTimer = useRef<number | undefined>(undefined);
  const [pageState, setPageState] = useState<InPageState | null>(null);
  const [toolsBusy, setToolsBusy] = useState(false);
  const [toolsStatus, setToolsStatus] = useState<string | null>(null);

  const show = useCallback((reading: TabReading) => {
    setTab(reading.tab);
    setState(reading.state);
  }, []);

  const read = useCallback(async () => {
    setState({ kind: 'working' });
    setStale(false);
    setShowAnyway(false);
    show(await readTab(location.search, loadSettings()));
  }, [show]);

  useEffect(() => {
    void firstReading.then(show);
  }, [firstReading, show]);

  // The live page's in-page state, once the content script is there (it is after a reading). A page too
  // large to read keeps its tools: the site can still be whitelisted, and cleaning says why it did not.
  const pageReadable = state.kind === 'article' || state.kind === 'no-article' || state.kind === 'too-large';
  useEffect(() => {
    if (!pageReadable || tab?.id === undefined) {
      setPageState(null);
      return;
    }
    void askPage(tab.id, { type: 'inpage-status' }).then((reply) => {
      if (reply.type === 'inpage') setPageState(reply.state);
    });
  }, [pageReadable, tab]);

  useEffect(() => {
    void firstSettings.then(setSettings);
    return onSettingsChanged(setSettings);
  }, [firstSettings]);

  // Once the tab navigates or reloads, what is shown belongs to a page that is gone.
  useEffect(() => {
    if (tab?.id === undefined) return;
    return watchTab(tab.id, tab.url, () => {
      setState((s) => (s.kind === 'working' ? { kind: 'changed', message: PAGE_CHANGED_MESSAGE } : s));
      setStale(true);
    });
  }, [tab]);

  useLayoutEffect(() => {
    const root = document.documentElement;
    root.style.setProperty('--cw-font-size', `${settings.fontSize}px`);
    if (settings.theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = settings.theme;
  }, [settings]);

  // For tests and the click-to-article measurement: the state, and when an article reached the DOM.
  useLayoutEffect(() => {
    document.body.dataset.state = state.kind;
    if (state.kind === 'article') {
      const now = () => String(performance.timeOrigin + performance.now());
      document.body.dataset.renderedAt = now();
      document.body.dataset.cleanMs = state.cleanMs.toFixed(1);
      // a task queued from the next frame's callback runs once that frame (with the article) is painted
      requestAnimationFrame(() => setTimeout(() => (document.body.dataset.paintedAt = now())));
    }
  }, [state]);

  const shown = shownResult(state, showAnyway);

  // Story memory: other copies of this article read before, then this one is remembered too. Only an
  // article the engine recognised counts ("show anyway" candidates are not stories).
  const [copies, setCopies] = useState<LoadedCopies | null>(null);
  useEffect(() => {
    setCopies(null);
    delete document.body.dataset.storyCopies;
    if (state.kind !== 'article' || !tab) return;
    let current = true;
    storyCopiesFor(state.result, state.page.url, tab.id ?? null)
      .catch((error: unknown) => {
        console.warn('Cleanwire: story memory not read', error);
        return null;
      })
      .then((loaded) => {
        if (!current) return;
        setCopies(loaded);
        // For tests: the memory has been read (and written), with this many copies listed.
        document.body.dataset.storyCopies = String(loaded?.data.copies.matches.length ?? 0);
      });
    return () => {
      current = false;
    };
  }, [state, tab]);

  useEffect(() => {
    if (!shown) return;
    const onSelection = () => setSelectionActive(selectionHtmlWithin(articleRef.current) !== null);
    // Ctrl+C inside the article copies the selection with the attribution line, like the buttons.
    void loadExporters();
    const onCopyEvent = (event: ClipboardEvent) => {
      const selection = selectionHtmlWithin(articleRef.current);
      const exporters = loadedExporters();
      if (selection === null || !event.clipboardData || !exporters) return;
      const result = sanitizedResult(shown.result, shown.pageUrl);
      const payload = clipboardPayload(exporters, result, 'html', selection, shown.pageUrl);
      event.clipboardData.setData('text/plain', payload.text);
      if (payload.html) event.clipboardData.setData('text/html', payload.html);
      event.preventDefault();
    };
    document.addEventListener('selectionchange', onSelection);
    document.addEventListener('copy', onCopyEvent);
    return () => {
      document.removeEventListener('selectionchange', onSelection);
      document.removeEventListener('copy', onCopyEvent);
    };
  }, [shown?.result, shown?.pageUrl]);

  const copy = async (format: ExportFormat) => {
    if (!shown) return;
    // A new copy replaces the last one's status, and gets its own full 2.5 s on screen.
    window.clearTimeout(copyStatusTimer.current);
    setCopyStatus(null);
    const selection = selectionHtmlWithin(articleRef.current);
    try {
      const exporters = await loadExporters();
      const result = sanitizedResult(shown.result, shown.pageUrl);
      await writeClipboard(clipboardPayload(exporters, result, format, selection, shown.pageUrl));
      setCopyStatus(`Copied ${selection !== null ? 'selection' : 'article'} as ${FORMAT_NAMES[format]} ✓`);
    } catch (error) {
      setCopyStatus(`Could not copy: ${errorText(error)}`);
    }
    copyStatusTimer.current = window.setTimeout(() => setCopyStatus(null), 2500);
  };

  const site = siteOf(settings, tab?.url);
  /** Runs one page action: busy while it lasts, the page's new state and a status line after. */
  /** `{ status }`: the action ended early and says why (instead of the `done` line). */
  const pageAction = async (
    action: () => Promise<PageToolReply | { status: string } | null>,
    done?: string,
  ) => {
    setToolsBusy(true);
    try {
      const outcome = await action();
      if (outcome && 'status' in outcome) {
        setToolsStatus(outcome.status);
        return;
      }
      if (outcome?.type === 'inpage' || outcome?.type === 'block-restored') setPageState(outcome.state);
      if (outcome?.type === 'page-tool-failed') setToolsStatus(`Could not do that: ${outcome.error}`);
      else if (done) setToolsStatus(done);
    } catch (error) {
      setToolsStatus(`Could not do that: ${errorText(error)}`);
    } finally {
      setToolsBusy(false);
    }
  };

  const toggleSite = (on: boolean) => {
    if (tab?.id === undefined) return;
    const tabId = tab.id;
    if (on && site.offer) {
      const pattern = site.offer;
      // First, inside the click: the browser shows its permission prompt only during the gesture.
      const asked = requestSitePermission(pattern);
      void pageAction(async () => {
        const outcome = await enableSite(pattern, asked);
        if (!outcome.ok)
          return { status: `Not allowed: Cleanwire needs access to ${pattern} to clean it as pages load.` };
        const { report } = outcome;
        if (!report || !report.registered.includes(pattern)) {
          const failure = report?.failed.find((f) => f.pattern === pattern)?.error;
          return { status: `Could not set up auto-clean on ${pattern}${failure ? `: ${failure}` : '.'}` };
        }
        return cleanThisPage(tabId, tab.url ?? '');
      }, `Cleanwire now cleans ${pattern} as its articles load.`);
    } else if (!on && site.entry) {
      const pattern = site.entry.pattern;
      void pageAction(async () => {
        await removeSite(pattern);
        return null;
      }, `Cleanwire no longer cleans ${pattern} by itself.`);
    }
  };

  const tools =
    pageReadable && tab?.id !== undefined ? (
      <PageTools
        site={site.entry?.pattern ?? site.offer}
        whitelisted={site.entry !== null}
        state={pageState}
        busy={toolsBusy}
        status={toolsStatus}
        onToggleSite={toggleSite}
        mode={site.entry?.mode ?? settings.pageMode}
        onClean={() => void pageAction(() => cleanThisPage(tab.id!, tab.url ?? ''))}
        onCleanIn={(mode) => void pageAction(() => cleanInMode(tab.id!, tab.url ?? '', mode, site.entry))}
        onRestore={() =>
          void pageAction(() => askPage(tab.id!, { type: 'inpage-restore' }), 'The page is back as it was.')
        }
        onZap={() =>
          void pageAction(async () => {
            const reply = await startZapper(tab.id!);
            if (reply.type === 'zap-started' && !asPage) window.close();
            return reply;
          }, 'Click the element to remove on the page (Esc cancels).')
        }
        onRestoreBlock={(block: PageBlock, keep: boolean) =>
          void pageAction(
            () => restoreBlock(tab.id!, tab.url ?? '', block, keep),
            keep
              ? `Shown, and kept on ${site.entry?.pattern ?? site.offer ?? 'this site'} from now on.`
              : 'Shown again.',
          )
        }
      />
    ) : null;

  const changeFontSize = (size: number) => {
    const fontSize = clampFontSize(size);
    setSettings((s) => ({ ...s, fontSize }));
    void saveSettings({ fontSize });
  };

  return (
    <div class={`cw-popup${asPage ? ' cw-popup--page' : shown ? ' cw-popup--reading' : ''}`}>
      <header class="cw-header">
        <span class="cw-brand">Cleanwire</span>
        <FontSizeControl size={settings.fontSize} onChange={changeFontSize} />
        {!asPage && tab && (
          <button
            type="button"
            class="cw-link-button"
            data-testid="open-in-tab"
            onClick={() => void openInTab(tab).then(() => window.close())}
          >
            Open in tab
          </button>
        )}
        <button type="button" class="cw-link-button" onClick={() => void browser.runtime.openOptionsPage()}>
          Settings
        </button>
      </header>
      {stale && state.kind !== 'changed' && (
        <p class="cw-banner" role="alert" data-testid="stale">
          {PAGE_CHANGED_MESSAGE}{' '}
          <button type="button" onClick={() => void read()}>
            Read again
          </button>
        </p>
      )}
      {tools}
      <main class="cw-main">
        {copies && state.kind === 'article' && <copies.View data={copies.data} />}
        {body(state, showAnyway, () => setShowAnyway(true), read, articleRef)}
      </main>
      {shown?.result.article && (
        <footer class="cw-footer">
          <RemovalsSummary removals={shown.result.removals} />
          <CopyBar
            onCopy={(f) => void copy(f)}
            selectionActive={selectionActive}
            status={copyStatus}
            preferred={settings.defaultExportFormat}
          />
        </footer>
      )}
    </div>
  );
}

function body(
  state: PopupState,
  showAnyway: boolean,
  onShowAnyway: () => void,
  onReadAgain: () => Promise<void>,
  articleRef: RefObject<HTMLElement | null>,
) {
  switch (state.kind) {
    case 'working':
      return <StatusMessage kind="working" heading="Reading the page…" />;
    case 'article':
      return <Reader result={state.result} pageUrl={state.page.url} articleRef={articleRef} />;
    case 'no-article':
      if (showAnyway && state.result.article)
        return (
          <>
            <p class="cw-banner" data-testid="shown-anyway">
              Not recognised as an article: this is the page’s best candidate, cleaned.
            </p>
            <Reader result={state.result} pageUrl={state.page.url} articleRef={articleRef} />
          </>
        );
      return (
        <StatusMessage
          kind="no-article"
          heading="No article found on this page"
          message="Cleanwire did not find an article here: this looks like a home page, a list or an app."
        >
          {state.result.article && (
            <button type="button" data-testid="show-anyway" onClick={onShowAnyway}>
              Show anyway
            </button>
          )}
        </StatusMessage>
      );
    case 'restricted':
      return (
        <StatusMessage kind="restricted" heading="Cleanwire can’t read this page" message={state.message} />
      );
    case 'too-large':
      return <StatusMessage kind="too-large" heading="This page is too large" message={state.message} />;
    case 'unsupported':
      return <StatusMessage kind="unsupported" heading="Not a readable page" message={state.message} />;
    case 'changed':
      return (
        <StatusMessage kind="changed" heading="The page changed" message={state.message}>
          <button type="button" data-testid="read-again" onClick={() => void onReadAgain()}>
            Read again
          </button>
        </StatusMessage>
      );
    case 'error':
      return <StatusMessage kind="error" heading="Something went wrong" message={state.message} />;
  }
}

function Reader({
  result,
  pageUrl,
  articleRef,
}: {
  result: CleanResult;
  pageUrl: string;
  articleRef: RefObject<HTMLElement | null>;
}) {
  if (!result.article) return null;
  return (
    <ArticleView
      article={result.article}
      pageUrl={pageUrl}
      maxChars={ARTICLE_VIEW_CHARS}
      containerRef={articleRef}
    >
      <AttributionView attribution={result.attribution} readingMinutes={result.article.readingMinutes} />
    </ArticleView>
  );
}
