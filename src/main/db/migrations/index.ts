import type { Migration } from '../types';
import { m0010Initial } from './0010-initial';

/** Every migration, in order. Never edit one that has shipped: add a new one. */
export const MIGRATIONS: readonly Migration[] = [m0010Initial];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
