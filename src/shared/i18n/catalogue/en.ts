// The catalogue in English: one JSON file per feature (see ../resources.ts).
import core from '../locales/en/core.json' with { type: 'json' };
import shell from '../locales/en/shell.json' with { type: 'json' };
import audit from '../locales/en/audit.json' with { type: 'json' };
import calendar from '../locales/en/calendar.json' with { type: 'json' };
import career from '../locales/en/career.json' with { type: 'json' };
import reports from '../locales/en/reports.json' with { type: 'json' };
import charter from '../locales/en/charter.json' with { type: 'json' };
import veille from '../locales/en/veille.json' with { type: 'json' };
import setup from '../locales/en/setup.json' with { type: 'json' };
import protocol from '../locales/en/protocol.json' with { type: 'json' };

/** This language's files, by feature name (the file name without `.json`). */
export const files = { core, shell, audit, calendar, career, reports, charter, veille, protocol, setup };

/** Every file merged into i18next's default `translation` namespace. */
export const translation = Object.assign({}, ...Object.values(files)) as Record<string, unknown>;
