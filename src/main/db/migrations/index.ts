import type { Migration } from '../types';
import { m0010Initial } from './0010-initial';
import { m0020Audit } from './0020-audit';
import { m0030Calendar } from './0030-calendar';
import { m0040Career } from './0040-career';
import { m0090Protocol } from './0090-protocol';

/** Every migration, in order. Never edit one that has shipped: add a new one. */
export const MIGRATIONS: readonly Migration[] = [m0010Initial, m0020Audit, m0030Calendar, m0040Career, m0090Protocol];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
