import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Charter } from '../../../../shared/domain';
import { call } from '../../api/client';
import { useApi } from '../../api/hooks';
import { CharterEditor } from '../settings/CharterEditor';
import type { StepProps } from './FirstRunPage';

/** Step 4: working days and hours, and the disconnect time (the charter of Settings). */
export function HoursStep({ onSave }: StepProps) {
  const { t } = useTranslation();
  const settings = useApi('settings.get');
  const [draft, setDraft] = useState<Charter | null>(null);

  useEffect(() => {
    if (settings.data && !draft) setDraft(settings.data.charter);
  }, [settings.data, draft]);
  useEffect(() => {
    // The settings read is refreshed by the page's final write (setupDone), which invalidates everything.
    if (draft) onSave(() => call('settings.update', { charter: draft }));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draft]);

  if (!draft) return null;
  return (
    <div className="first-run-hours">
      <p className="hint">{t('setup.hours.hint')}</p>
      <CharterEditor draft={draft} onChange={setDraft} labelledBy="first-run-step-h" />
    </div>
  );
}
