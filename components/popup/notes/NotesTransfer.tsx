import { useState } from 'preact/hooks';
import type { ImportSummary, NotesRepository } from '../../../shared/note-model.ts';
import { errorMessage } from '../../hooks/use-async.ts';
import { downloadText, exportFileName } from './download.ts';

export interface NotesTransferProps {
  notes: NotesRepository;
  now(): number;
  /** After an import added notes. */
  onImported(summary: ImportSummary): void;
  /** In the toolbar popup: importing happens in a tab (a file picker would close the popup). */
  openImportPage?: (() => Promise<void>) | undefined;
  /** Injected in tests; the popup's own document otherwise. */
  doc?: Document;
}

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; message: string } | { kind: 'error'; message: string };

const notesWord = (count: number) => (count === 1 ? 'note' : 'notes');

export function importMessage({ added, skipped }: ImportSummary): string {
  return `Imported ${added} ${notesWord(added)} (${skipped} already there)`;
}

/** Export to JSON or Markdown files, and import a JSON export. */
export function NotesTransfer({ notes, now, onImported, openImportPage, doc = document }: NotesTransferProps) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const exportAs = async (format: 'json' | 'md') => {
    setStatus({ kind: 'busy' });
    try {
      const text = format === 'json' ? `${JSON.stringify(await notes.exportJson(), null, 2)}\n` : await notes.exportMarkdown();
      downloadText(doc, exportFileName(now(), format), text, format === 'json' ? 'application/json' : 'text/markdown');
      setStatus({ kind: 'idle' });
    } catch (error) {
      setStatus({ kind: 'error', message: `Export failed: ${errorMessage(error)}` });
    }
  };

  const importFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setStatus({ kind: 'busy' });
    try {
      const summary = await notes.importJson(await file.text());
      setStatus({ kind: 'done', message: importMessage(summary) });
      onImported(summary);
    } catch (error) {
      // The store checks the whole file before writing, so a refused file has changed nothing.
      setStatus({ kind: 'error', message: `Nothing imported: ${errorMessage(error)}` });
    } finally {
      // Choosing the same file again must fire another change.
      input.value = '';
    }
  };

  const busy = status.kind === 'busy';
  return (
    <section class="transfer" aria-label="Export and import">
      <div class="actions">
        <button type="button" onClick={() => exportAs('json')} disabled={busy}>
          Export JSON
        </button>
        <button type="button" onClick={() => exportAs('md')} disabled={busy}>
          Export Markdown
        </button>
        {openImportPage ? (
          <button type="button" onClick={() => void openImportPage()} disabled={busy}>
            Import JSON…
          </button>
        ) : (
          <label class="button file-button">
            Import JSON
            <input type="file" accept=".json,application/json" class="visually-hidden" onChange={importFile} disabled={busy} />
          </label>
        )}
      </div>
      <p class="status" aria-live="polite">
        {status.kind === 'done' && status.message}
      </p>
      {status.kind === 'error' && (
        <p class="error" role="alert">
          {status.message}
        </p>
      )}
    </section>
  );
}
