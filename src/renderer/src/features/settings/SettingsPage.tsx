import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { GeneralSettings } from './GeneralSettings';
import { CharterSettings } from './CharterSettings';
import { BackupSettings } from './BackupSettings';
import { DataSettings } from './DataSettings';
import { ShortcutSettings } from './ShortcutSettings';
import { SetupSettings } from './SetupSettings';

export default function SettingsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('settings.title')} subtitle={t('settings.subtitle')} />
      <div className="stack">
        <GeneralSettings />
        <CharterSettings />
        <ShortcutSettings />
        <BackupSettings />
        <DataSettings />
        <SetupSettings />
      </div>
    </>
  );
}
