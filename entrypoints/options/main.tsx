import { i18n } from '#i18n';
import { render } from 'preact';
import { useSettings } from '../../components/hooks/use-settings.ts';
import { OptionsPage } from '../../components/options/OptionsPage.tsx';
import { startPage } from '../../extension/page-start.ts';
import { openNotesDb } from '../../notes/db.ts';
import { createNotesRepository } from '../../notes/repository.ts';

startPage(document, i18n.t('options.title'));
// Opened only to clear the reading record: Dexie opens the database on first use.
const reading = {
  clearReading: () => (createNotesRepository(openNotesDb()) as never as { clearReading(): Promise<void> }).clearReading(),
};

function App() {
  const { settings, error, save } = useSettings();
  return <OptionsPage settings={settings} error={error} onChange={(next) => void save(next).catch(() => {})} reading={reading} />;
}

render(<App />, document.getElementById('app')!);
