// The catalogue in French: one JSON file per feature (see ../resources.ts).
import core from '../locales/fr/core.json' with { type: 'json' };
import shell from '../locales/fr/shell.json' with { type: 'json' };
import audit from '../locales/fr/audit.json' with { type: 'json' };
import calendar from '../locales/fr/calendar.json' with { type: 'json' };
import career from '../locales/fr/career.json' with { type: 'json' };
import reports from '../locales/fr/reports.json' with { type: 'json' };
import charter from '../locales/fr/charter.json' with { type: 'json' };
import veille from '../locales/fr/veille.json' with { type: 'json' };
import setup from '../locales/fr/setup.json' with { type: 'json' };
import protocol from '../locales/fr/protocol.json' with { type: 'json' };

/** This language's files, by feature name (the file name without `.json`). */
export const files = { core, shell, audit, calendar, career, reports, charter, veille, protocol, setup };

/** Every file merged into i18next's default `translation` namespace. */
export const translation = Object.assign({}, ...Object.values(files)) as Record<string, unknown>;
