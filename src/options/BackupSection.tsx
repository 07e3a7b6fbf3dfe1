/**
 * Settings backup: export to one JSON file (made here, downloaded from a blob: URL — no network), and
 * import from one. An import that cannot be used is refused with the reason and changes nothing; one
 * that needed repairs is applied and the repairs are listed.
 */
import { useMemo, useState } from 'preact/hooks';
import { selectorCheckFor } from '../core';
import { MAX_IMPORT_CHARS, exportSettings, importSettings, type Settings } from '../core/settings';
import { loadStoryRecords, mergeStoryRecords } from '../shared/story-store';
import type { ChangeSettings } from './App';
import { errorText } from '../core';

interface Props {
  settings: Settings;
  change: ChangeSettings;
  /** An import is about to replace the settings. */
  onImporting: () => void;
}

type Outcome =
  | { kind: 'refused'; file: string; error: string }
  /** `stories`: how many stories of the file were merged into the memory (null: the file has none). */
  | { kind: 'imported'; file: string; repairs: string[]; stories: number | null }
  | { kind: 'exported'; file: string; stories: number | null };

/** Offers `text` as a file download, the way a link with `download` does. */
export function downloadTextFile(name: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started reading the blob by now; give it a while before letting it go.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function exportFileName(now = new Date()): string {
  return `cleanwire-settings-${now.toISOString().slice(0, 10)}.json`;
}

export function BackupSection({ settings, change, onImporting }: Props) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [withStories, setWithStories] = useState(false);
  const isValidSelector = useMemo(() => selectorCheckFor(document), []);

  const exportNow = async () => {
    const file = exportFileName();
    const stories = withStories ? await loadStoryRecords() : undefined;
    downloadTextFile(file, exportSettings(settings, stories));
    setOutcome({ kind: 'exported', file, stories: stories?.length ?? null });
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = ''; // the same file can be chosen again after fixing it
    if (!file) return;
    // Bytes are at least characters/4 of UTF-8: a file this large is refused without reading it.
    if (file.size > MAX_IMPORT_CHARS * 4)
      return setOutcome({
        kind: 'refused',
        file: file.name,
        error: `The file is ${Math.round(file.size / 1024)} KB; a Cleanwire settings file is far smaller. Nothing was imported.`,
      });
    let text: string;
    try {
      text = await file.text();
    } catch (e) {
      return setOutcome({
        kind: 'refused',
        file: file.name,
        error: `The file could not be read (${errorText(e)}). Nothing was imported.`,
      });
    }
    const result = importSettings(text, { isValidSelector });
    if (!result.ok) return setOutcome({ kind: 'refused', file: file.name, error: result.error });
    // First, so that an unsaved edit in the rule editor is dropped rather than saved over the import.
    onImporting();
    try {
      await change(() => result.settings, `Imported ${file.name}`);
    } catch (e) {
      return setOutcome({
        kind: 'refused',
        file: file.name,
        error: `The settings could not be saved (${errorText(e)}). Nothing was imported.`,
      });
    }
    // A backup's story memory joins the one here (bounded), rather than replacing it.
    let stories: number | null = null;
    if (result.stories) {
      try {
        await mergeStoryRecords(result.stories);
        stories = result.stories.length;
      } catch (e) {
        result.repairs.push(`the file's story memory could not be stored (${errorText(e)})`);
      }
    }
    setOutcome({ kind: 'imported', file: file.name, repairs: result.repairs, stories });
  };

  return (
    <section aria-labelledby="backup-heading">
      <h2 id="backup-heading">Back up and restore</h2>
      <p class="cw-hint">
        All settings in one file: sites, rule switches, your rules, site exceptions and preferences. Importing
        a file replaces the current settings. The story memory goes in only if you include it; importing a
        file that has it adds its stories to the ones here.
      </p>
      <p>
        <button type="button" data-testid="export" onClick={() => void exportNow()}>
          Export settings to a file
        </button>{' '}
        <label class="cw-inline">
          <input
            type="checkbox"
            data-testid="export-stories"
            checked={withStories}
            onChange={(e) => setWithStories(e.currentTarget.checked)}
          />{' '}
          include story memory
        </label>
      </p>
      <p>
        <label for="import-input">Import settings from a file</label>{' '}
        <input
          id="import-input"
          data-testid="import"
          type="file"
          accept=".json,application/json"
          onChange={(e) => void importFile(e.currentTarget)}
        />
      </p>
      {outcome?.kind === 'refused' && (
        <p class="cw-error" role="alert" data-testid="import-error">
          {outcome.file}: {outcome.error}
        </p>
      )}
      {outcome?.kind === 'imported' && (
        <div role="status" data-testid="import-done">
          <p>Imported the settings from {outcome.file}.</p>
          {outcome.stories !== null && (
            <p data-testid="import-stories">
              {outcome.stories} {outcome.stories === 1 ? 'story' : 'stories'} from the file added to the story
              memory.
            </p>
          )}
          {outcome.repairs.length > 0 && (
            <>
              <p>Some values in the file were repaired:</p>
              <ul data-testid="import-repairs">
                {outcome.repairs.map((r, i) => (
                  <li key={i}>{r}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {outcome?.kind === 'exported' && (
        <p role="status" data-testid="export-done">
          Saved as {outcome.file} in your downloads
          {outcome.stories !== null && `, with ${outcome.stories} stories of the story memory`}.
        </p>
      )}
    </section>
  );
}
