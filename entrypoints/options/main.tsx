import { i18n } from '#i18n';
import { render } from 'preact';
import { useSettings } from '../../components/hooks/use-settings.ts';
import { OptionsPage } from '../../components/options/OptionsPage.tsx';
import { startPage } from '../../extension/extension-page-start.ts';

startPage(document, i18n.t('options.title'));
// The notes store is loaded only to clear the reading record: the settings page stays small.
const reading = {
  async clearReading() {
    const [{ openNotesDb }, { createNotesRepository }] = await Promise.all([
      import('../../notes/db.ts'),
      import('../../notes/repository.ts'),
    ]);
    await createNotesRepository(openNotesDb()).clearReading();
  },
};

function App() {
  const { settings, error, save } = useSettings();
  return <OptionsPage settings={settings} error={error} onChange={(next) => void save(next).catch(() => {})} reading={reading} />;
}

render(<App />, document.getElementById('app')!);
