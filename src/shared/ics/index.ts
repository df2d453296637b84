export { buildIcs, DEFAULT_PROD_ID } from './buildIcs';
export type { BuildIcsOptions, IcsAllDayEvent, IcsEvent, IcsLocalEvent, IcsUtcEvent } from './icsTypes';
export { escapeText, foldLine, sanitizeText } from './icsText';
