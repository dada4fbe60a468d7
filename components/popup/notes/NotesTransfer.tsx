import { i18n } from '#i18n';
import { useRef, useState } from 'preact/hooks';
import type { ImportSummary } from '../../../contract/note-model.ts';
import type { NotesRepository } from '../../../notes/notes-store.ts';
import { errorMessage } from '../../hooks/use-async.ts';
import { downloadText, exportFileName } from './download.ts';
import { MenuButton } from './MenuButton.tsx';

export interface NotesTransferProps {
  notes: NotesRepository;
  now(): number;
  /** Export needs notes to export. */
  hasNotes: boolean;
  /** In the toolbar popup: importing happens in the Notes page (a file picker would close the popup). */
  openImportPage?: (() => Promise<void>) | undefined;
  /** After an import added notes. */
  onImported?(summary: ImportSummary): void;
  /** Injected in tests; the page's own document otherwise. */
  doc?: Document;
}

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; message: string } | { kind: 'error'; message: string };

export function importMessage({ added, skipped }: ImportSummary): string {
  return i18n.t('popup.transfer.imported', added, { added, skipped });
}

/** Export to JSON or Markdown files, and import a JSON export: one menu beside the search. */
export function NotesTransfer({ notes, now, hasNotes, openImportPage, onImported, doc = document }: NotesTransferProps) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const fileInput = useRef<HTMLInputElement>(null);

  const exportAs = async (format: 'json' | 'md') => {
    setStatus({ kind: 'busy' });
    try {
      const text = format === 'json' ? `${JSON.stringify(await notes.exportJson(), null, 2)}\n` : await notes.exportMarkdown();
      downloadText(doc, exportFileName(now(), format), text, format === 'json' ? 'application/json' : 'text/markdown');
      setStatus({ kind: 'idle' });
    } catch (error) {
      setStatus({ kind: 'error', message: i18n.t('popup.transfer.exportFailed', { reason: errorMessage(error) }) });
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
      onImported?.(summary);
    } catch (error) {
      // The store checks the whole file before writing, so a refused file has changed nothing.
      setStatus({ kind: 'error', message: i18n.t('popup.transfer.importRefused', { reason: errorMessage(error) }) });
    } finally {
      // Choosing the same file again must fire another change.
      input.value = '';
    }
  };

  const busy = status.kind === 'busy';
  return (
    <div class="transfer">
      <MenuButton
        id="transfer"
        label={i18n.t('popup.transfer.menu')}
        items={[
          {
            id: 'json',
            label: i18n.t('popup.transfer.exportJson'),
            disabled: busy || !hasNotes,
            onSelect: () => void exportAs('json'),
          },
          {
            id: 'md',
            label: i18n.t('popup.transfer.exportMarkdown'),
            disabled: busy || !hasNotes,
            onSelect: () => void exportAs('md'),
          },
          {
            id: 'import',
            label: openImportPage ? i18n.t('popup.transfer.importInTab') : i18n.t('popup.transfer.importJson'),
            disabled: busy,
            onSelect: () => (openImportPage ? void openImportPage() : fileInput.current?.click()),
          },
        ]}
      />
      {!openImportPage && (
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          class="visually-hidden"
          tabIndex={-1}
          aria-label={i18n.t('popup.transfer.importJson')}
          onChange={importFile}
          disabled={busy}
        />
      )}
      <p class="status" aria-live="polite">
        {status.kind === 'done' && status.message}
      </p>
      {status.kind === 'error' && (
        <p class="error" role="alert">
          {status.message}
        </p>
      )}
    </div>
  );
}
