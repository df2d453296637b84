import type { Migration } from '../types';
import { m0010Initial } from './0010-initial';
import { m0020Audit } from './0020-audit';
import { m0030Calendar } from './0030-calendar';
import { m0040Career } from './0040-career';
import { m0050ImportMemory } from './0050-import-memory';
import { m0060OneClockBatchEstimates } from './0060-one-clock-batch-estimates';
import { m0070FirstRun } from './0070-first-run';
import { m0090Protocol } from './0090-protocol';
import { m0100Charter } from './0100-charter';
import { m0110Veille } from './0110-veille';
import { m0160CaseImportColumns } from './0160-case-import-columns';
import { m0180DataSafety } from './0180-data-safety';
import { m0190ReadIndexes } from './0190-read-indexes';

/** Every migration, in order. Never edit one that has shipped: add a new one. */
export const MIGRATIONS: readonly Migration[] = [
  m0010Initial,
  m0020Audit,
  m0030Calendar,
  m0040Career,
  m0050ImportMemory,
  m0060OneClockBatchEstimates,
  m0070FirstRun,
  m0090Protocol,
  m0100Charter,
  m0110Veille,
  m0160CaseImportColumns,
  m0180DataSafety,
  m0190ReadIndexes,
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
