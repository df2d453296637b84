// Turns a month-fill gap into an i18n key and its parameters, for the UI and the Markdown
// export alike: "2 LinkedIn posts missing in week 48". The count is always 1 or more, so
// the key is chosen here (…One / …Many) rather than by i18next plural suffixes, which reads
// the same in English and French.
import type { FillGap } from './monthFill';
import { percentText } from '../reports/format';

export interface GapMessage {
  key: string;
  params: Record<string, string | number>;
}

/** Share (0–1) as a whole percentage in the language's typography: '13%' / '13 %' (percentText). */
export function formatPercent(share: number, locale: 'en' | 'fr'): string {
  return percentText(share, locale === 'fr' ? 'fr-FR' : 'en-US');
}

/**
 * channel-week → 'calendar.gap.channelWeek' { count, channel, week };
 * pillar → 'calendar.gap.pillar' { count, pillar, missing }. Both keys are plurals: i18next picks
 * the form from `count` by the language's plural rules (French: 0 and 1 singular).
 * `channelName` and `pillarName` give the display names (already translated).
 */
export function gapMessage(
  gap: FillGap,
  names: { channelName: (id: number) => string; pillarName: (id: number) => string; locale: 'en' | 'fr' },
): GapMessage {
  if (gap.kind === 'channel-week') {
    return {
      key: 'calendar.gap.channelWeek',
      params: { count: gap.missing, channel: names.channelName(gap.channelId), week: gap.week },
    };
  }
  const count = gap.missingItems ?? 1;
  return {
    key: 'calendar.gap.pillar',
    params: { count, pillar: names.pillarName(gap.pillarId), missing: formatPercent(gap.missingShare, names.locale) },
  };
}
