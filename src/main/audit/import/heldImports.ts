import { randomUUID } from 'node:crypto';
import type { ImportResult } from './importTypes';
import type { ImportOptions } from './timeImport';

/** A parsed import file waiting for its commit (its bytes kept, to preview it again with other options). */
export interface HeldImport {
  fileName: string;
  /** IANA zone the file's wall times were read in. */
  tz: string;
  bytes: Uint8Array;
  /** The options of the last preview, which the commit follows. */
  options: ImportOptions;
  kind: 'csv' | 'ics';
  /** Whether the columns came from a mapping saved for this header. */
  savedColumns: boolean;
  /** Calendar files: the period read, epoch ms. */
  period: { from: number; to: number } | null;
  parsed: ImportResult;
  /** epoch ms after which the file is dropped */
  expiresAt: number;
}

/** How long a previewed file is held for its commit: 30 minutes. */
export const HOLD_MS = 30 * 60_000;
/** At most this many previewed files are held (each can be 100,000 rows); the oldest goes first. */
export const MAX_HELD = 4;

/**
 * Parsed files between preview and commit, by import id: the file crosses the IPC boundary once
 * and is parsed once. Lives in the job runner (the worker thread), so it never leaves it.
 */
export class HeldImports {
  private readonly files = new Map<string, HeldImport>();

  /** Holds a parsed file until `now + HOLD_MS`; returns its import id (a random UUID). */
  put(file: Omit<HeldImport, 'expiresAt'>, now: number): string {
    this.sweep(now);
    while (this.files.size >= MAX_HELD) this.files.delete(this.files.keys().next().value!);
    const id = randomUUID();
    this.files.set(id, { ...file, expiresAt: now + HOLD_MS });
    return id;
  }

  /** Puts a new parse of a held file under its id (its hold time unchanged). */
  replace(id: string, file: Omit<HeldImport, 'expiresAt'>): void {
    const old = this.files.get(id);
    if (old) this.files.set(id, { ...file, expiresAt: old.expiresAt });
  }

  /** The held file, or undefined when the id is unknown or has expired. */
  get(id: string, now: number): HeldImport | undefined {
    this.sweep(now);
    return this.files.get(id);
  }

  private sweep(now: number): void {
    for (const [id, f] of this.files) if (f.expiresAt <= now) this.files.delete(id);
  }
}
