import { render } from 'preact';
import { OptionsPage } from '../../components/OptionsPage.tsx';
import { useStoredSettings } from '../../components/hooks/use-stored-settings.ts';

function App() {
  const { settings, error, save } = useStoredSettings();
  return <OptionsPage settings={settings} error={error} onChange={save} />;
}

render(<App />, document.getElementById('app')!);
