import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { makeReportFormat, type ReportFormat, type Translate } from '../../../shared/reports/format';
import { formattingLocale, userTimeZone } from './locale';

/** The report formatter and translator in the user's language and zone. */
export function useReportText(): { fmt: ReportFormat; t: Translate; language: 'en' | 'fr'; tz: string } {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'fr' ? 'fr' : 'en';
  const tz = userTimeZone();
  const fmt = useMemo(() => makeReportFormat(formattingLocale(language), tz), [language, tz]);
  return { fmt, t: t as unknown as Translate, language, tz };
}
