import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { displayName } from '../../../../shared/calendar/types';
import { call } from '../../api/client';
import { refreshAfter, useApi } from '../../api/hooks';
import { useFormatters } from '../../lib/locale';
import type { StepProps } from './FirstRunPage';

interface Choice {
  chosen: boolean;
  cadence: number;
}

/** Posts a month for a weekly cadence: 365.25 / 7 / 12 ≈ 4.35 weeks a month. */
const WEEKS_PER_MONTH = 365.25 / 7 / 12;

/**
 * Step 2: the channels the user publishes on and their cadence (posts per week). None is active
 * until chosen here (or in the calendar's settings); the month-fill screen counts only those.
 */
export function ChannelsStep({ onSave }: StepProps) {
  const { t } = useTranslation();
  const f = useFormatters();
  const qc = useQueryClient();
  const lookups = useApi('calendar.lookups');
  const channels = lookups.data?.channels ?? [];
  const [choices, setChoices] = useState<Record<number, Choice>>({});

  useEffect(() => {
    if (!lookups.data) return;
    setChoices((prev) => Object.fromEntries(lookups.data.channels.map((c) => [c.id, prev[c.id] ?? { chosen: !c.archived, cadence: c.cadencePerWeek }])));
  }, [lookups.data]);

  useEffect(() => {
    onSave(async () => {
      for (const c of channels) {
        const choice = choices[c.id];
        if (!choice || (choice.chosen === !c.archived && choice.cadence === c.cadencePerWeek)) continue;
        await call('calendar.channel.update', { id: c.id, archived: !choice.chosen, cadencePerWeek: choice.cadence });
      }
      await refreshAfter(qc, 'calendar.channel.update');
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [choices, channels]);

  const set = (id: number, patch: Partial<Choice>) => setChoices((prev) => ({ ...prev, [id]: { ...prev[id], ...patch } }));
  const perWeek = Object.values(choices).reduce((sum, c) => sum + (c.chosen ? c.cadence : 0), 0);
  const perMonth = Math.round(perWeek * WEEKS_PER_MONTH);

  return (
    <>
      <p className="hint">{t('setup.channels.hint')}</p>
      <table className="table first-run-channels">
        <caption className="sr-only">{t('setup.steps.channels')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('setup.channels.channel')}</th>
            <th scope="col" className="num">{t('setup.channels.cadence')}</th>
          </tr>
        </thead>
        <tbody>
          {channels.map((c) => {
            const choice = choices[c.id];
            if (!choice) return null;
            const name = displayName(c.name, t);
            return (
              <tr key={c.id}>
                <th scope="row">
                  <label className="first-run-choice">
                    <input type="checkbox" checked={choice.chosen} onChange={(e) => set(c.id, { chosen: e.target.checked })} />
                    <span className="swatch" style={{ background: c.color }} aria-hidden="true" />
                    {name}
                  </label>
                </th>
                <td className="num">
                  <input
                    type="number"
                    min={0}
                    max={100}
                    step={0.5}
                    disabled={!choice.chosen}
                    aria-label={t('setup.channels.cadenceOf', { name })}
                    value={choice.cadence}
                    onChange={(e) => {
                      const v = e.target.valueAsNumber;
                      if (Number.isFinite(v) && v >= 0 && v <= 100) set(c.id, { cadence: v });
                    }}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="first-run-total" role="status" data-testid="first-run-month">
        {perWeek === 0 ? t('setup.channels.none') : t('setup.channels.total', { count: perMonth, week: f.number(perWeek, 2) })}
      </p>
    </>
  );
}
