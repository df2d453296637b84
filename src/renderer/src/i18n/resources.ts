import core_en from './locales/en.json';
import core_fr from './locales/fr.json';
import audit_en from '../features/audit/locales/en.json';
import audit_fr from '../features/audit/locales/fr.json';
import calendar_en from '../features/calendar/locales/en.json';
import calendar_fr from '../features/calendar/locales/fr.json';
import career_en from '../features/career/locales/en.json';
import career_fr from '../features/career/locales/fr.json';
import reports_en from '../features/reports/locales/en.json';
import reports_fr from '../features/reports/locales/fr.json';

/** Each feature keeps its own strings under its own top-level key; they are merged here. */
export const resources = {
  en: { translation: { ...core_en, ...audit_en, ...calendar_en, ...career_en, ...reports_en } },
  fr: { translation: { ...core_fr, ...audit_fr, ...calendar_fr, ...career_fr, ...reports_fr } },
};
