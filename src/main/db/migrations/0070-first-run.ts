import type { Migration } from '../types';
import { CATEGORY_PRESET_KEYS, CATEGORY_PRESET_NAMES } from '../../../shared/audit/categoryPresets';
import { SEED_CHANNELS } from '../../../shared/calendar/types';
import { jobExampleKeyOf } from '../../../shared/audit/jobExample';

/**
 * The guided first run (issue 14):
 * - `category.preset_key` and `responsibility.preset_key` mark seeded presets (the audit's
 *   categories; the example job-description lines), so that a language switch can rename the
 *   ones the user has not edited. Rows whose name is a preset's name in either language are
 *   marked now.
 * - No calendar channel is active until the user chooses it: the seeded channels are archived
 *   when the calendar was never used (no content item, no batch session) and the channel is
 *   still as seeded (name and cadence).
 * - A database already in use (any entry, interruption, content item, career plan, job line or
 *   saved language) skips the first run (`settings.setupDone` = true); it can be reopened from
 *   Settings.
 */
export const m0070FirstRun: Migration = {
  version: 70,
  name: 'first-run',
  up(db) {
    db.exec(`
      ALTER TABLE category ADD COLUMN preset_key TEXT CHECK (preset_key IS NULL OR length(preset_key) BETWEEN 1 AND 60);
      ALTER TABLE responsibility ADD COLUMN preset_key TEXT CHECK (preset_key IS NULL OR length(preset_key) BETWEEN 1 AND 60);
    `);
    const markCategory = db.prepare('UPDATE category SET preset_key = ? WHERE preset_key IS NULL AND name IN (?, ?)');
    for (const key of CATEGORY_PRESET_KEYS) markCategory.run(key, CATEGORY_PRESET_NAMES[key].en, CATEGORY_PRESET_NAMES[key].fr);
    const markLine = db.prepare('UPDATE responsibility SET preset_key = ? WHERE id = ?');
    for (const r of db.prepare('SELECT id, text FROM responsibility').all() as { id: number; text: string }[]) {
      const key = jobExampleKeyOf(r.text);
      if (key) markLine.run(key, r.id);
    }

    const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    const calendarUsed = count('SELECT (SELECT count(*) FROM content_item) + (SELECT count(*) FROM batch_session) AS n') > 0;
    if (!calendarUsed) {
      const archive = db.prepare('UPDATE channel SET archived = 1 WHERE id = ? AND name = ? AND cadence_per_week = ?');
      for (const c of SEED_CHANNELS) archive.run(c.id, c.name, c.cadencePerWeek);
    }

    const inUse =
      count(`SELECT (SELECT count(*) FROM time_entry) + (SELECT count(*) FROM interruption) + (SELECT count(*) FROM content_item)
               + (SELECT count(*) FROM career_plan) + (SELECT count(*) FROM responsibility)
               + (SELECT count(*) FROM settings WHERE key = 'language') AS n`) > 0;
    if (inUse) db.prepare("INSERT INTO settings (key, value) VALUES ('setupDone', 'true') ON CONFLICT(key) DO UPDATE SET value = excluded.value").run();
  },
};
