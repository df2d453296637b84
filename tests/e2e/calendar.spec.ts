import fs from 'node:fs';
import Papa from 'papaparse';
import type { Download, Page } from '@playwright/test';
import { test, expect, expectAccessible } from './fixtures';
import { field, fillDate } from './fields';
import { readIcs } from '../helpers/ics';

// Tuesday 4 November 2025, 09:00 in Paris: the server's clock for the whole test.
const NOW = Date.UTC(2025, 10, 4, 8, 0);

const L = {
  en: {
    calendar: 'Content calendar',
    newItem: 'New item',
    title: 'Title',
    channel: 'Channel',
    format: 'Format',
    planned: 'Planned date',
    publishDate: 'Publish date',
    publishTime: 'Publish time of day',
    copy: 'Copy',
    save: 'Save',
    fillTab: 'Month fill',
    sessionsTab: 'Batch sessions',
    exportsTab: 'Exports',
    settingsTab: 'Channels and pillars',
    weekTab: 'Week',
    boardTab: 'Board',
    gapLinkedIn: '3 LinkedIn posts missing in week 46',
    gapLinkedInAfter: '2 LinkedIn posts missing in week 46',
    backlog: 'Idea backlog',
    quickTitle: 'Capture an idea',
    quickSave: 'Save the idea',
    targetMonth: 'Month to prepare',
    createSession: 'Create the session',
    overflow: 'It does not fit',
    fits: 'It fits',
    move: /Move the \d+ items/,
    start: 'Start the session',
    next: 'Next phase',
    finish: 'Finish the session',
    finished: 'Session finished',
    pause: 'Pause',
    resume: 'Resume',
    phases: ['Strategic calendar', 'Writing block', 'Visuals block', 'Global review', 'Mass scheduling'],
    ics: 'Export the .ics',
    buffer: 'Export for Buffer',
    hootsuite: 'Export for Hootsuite',
    csv: 'Export the CSV',
    md: 'Export the month plan (Markdown)',
    leftOut: /Left out \(1\), and why/,
    noTime: 'No publish time',
    csvTitle: 'Title',
    delimiter: ',',
    audit: 'Audit',
    mdTitle: '# Content plan — November 2025',
  },
  fr: {
    calendar: 'Calendrier éditorial',
    newItem: 'Nouveau contenu',
    title: 'Titre',
    channel: 'Canal',
    format: 'Format',
    planned: 'Date prévue',
    publishDate: 'Date de publication',
    publishTime: 'Heure de publication',
    copy: 'Texte',
    save: 'Enregistrer',
    fillTab: 'Remplissage du mois',
    sessionsTab: 'Sessions batch',
    exportsTab: 'Exports',
    settingsTab: 'Canaux et piliers',
    weekTab: 'Semaine',
    boardTab: 'Tableau',
    gapLinkedIn: '3 publications LinkedIn manquantes en semaine 46',
    gapLinkedInAfter: '2 publications LinkedIn manquantes en semaine 46',
    backlog: 'Réserve d’idées',
    quickTitle: 'Noter une idée',
    quickSave: 'Enregistrer l’idée',
    targetMonth: 'Mois à préparer',
    createSession: 'Créer la session',
    overflow: 'Ça ne tient pas',
    fits: 'Ça tient',
    move: /Déplacer les \d+ contenus/,
    start: 'Démarrer la session',
    next: 'Phase suivante',
    finish: 'Terminer la session',
    finished: 'Session terminée',
    pause: 'Pause',
    resume: 'Reprendre',
    phases: ['Calendrier stratégique', 'Bloc rédaction', 'Bloc visuels', 'Relecture globale', 'Programmation en masse'],
    ics: 'Exporter le .ics',
    buffer: 'Exporter pour Buffer',
    hootsuite: 'Exporter pour Hootsuite',
    csv: 'Exporter le CSV',
    md: 'Exporter le plan du mois (Markdown)',
    leftOut: /Laissés de côté \(1\), et pourquoi/,
    noTime: 'Pas d’heure de publication',
    csvTitle: 'Titre',
    delimiter: ';',
    audit: 'Audit',
    mdTitle: '# Plan de contenu — novembre 2025',
  },
} as const;

type Core = { dispatch(c: string, i?: unknown): Promise<{ ok: boolean; value?: unknown; error?: unknown }>; db: { prepare(sql: string): { all(...a: unknown[]): unknown[]; get(...a: unknown[]): unknown } } };

async function call<T>(core: Core, channel: string, input?: unknown): Promise<T> {
  const r = await core.dispatch(channel, input);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value as T;
}

/** The first run's channel step: no channel is active until the user chooses it. */
async function chooseChannels(core: Core, ids: number[]): Promise<void> {
  for (const id of ids) await call(core, 'calendar.channel.update', { id, archived: false });
}

/** Downloads triggered by a click, read as text. */
async function downloads(page: Page, click: () => Promise<void>, count: number): Promise<{ name: string; text: string }[]> {
  const got: Download[] = [];
  const listener = (d: Download) => got.push(d);
  page.on('download', listener);
  await click();
  await expect.poll(() => got.length).toBe(count);
  page.off('download', listener);
  return Promise.all(got.map(async (d) => ({ name: d.suggestedFilename(), text: fs.readFileSync((await d.path())!, 'utf8') })));
}

for (const lang of ['en', 'fr'] as const) {
  const l = L[lang];
  test.describe(`calendar in ${lang}`, () => {
    test.use({ appLanguage: lang });

    test('plan a month, fill its gaps, capture and move ideas, every screen accessible', async ({ page, app }) => {
      app.server.setNow(NOW);
      const core = app.server.core as unknown as Core;
      await chooseChannels(core, [1, 2, 3]);
      // most of the month is already planned; the user adds the rest through the UI
      // part of the month is already planned, but nothing on LinkedIn yet
      for (let d = 3; d <= 28; d += 1) {
        for (const channelId of [1, 3]) await call(core, 'calendar.item.create', { title: `Post ${channelId}-${d}`, channelId, pillarId: 1 + (d % 4), plannedDate: `2025-11-${String(d).padStart(2, '0')}` });
      }
      await app.open('/calendar');
      await expect(page.getByRole('heading', { level: 1, name: l.calendar })).toBeVisible();
      await expectAccessible(page);

      await page.getByRole('link', { name: l.fillTab }).click();
      await expect(page.getByText(l.gapLinkedIn)).toBeVisible();
      await expectAccessible(page);

      // fill the gap with the item editor
      await page.getByRole('button', { name: l.newItem }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel(l.title, { exact: true }).fill('Case study');
      await dialog.getByLabel(l.channel).selectOption({ label: 'LinkedIn' });
      await fillDate(field(dialog, l.planned), '2025-11-11');
      await dialog.getByLabel(l.copy).fill('x'.repeat(3001));
      await expect(dialog.getByText(/3[,\u202f\s]?001 \/ 3[,\u202f\s]?000/)).toBeVisible();
      await dialog.getByLabel(l.copy).fill('Our new case study');
      await dialog.getByRole('button', { name: l.save }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByText(l.gapLinkedIn)).toBeHidden();
      await expect(page.getByText(l.gapLinkedInAfter)).toBeVisible();

      // quick capture with N, then drag the idea from the backlog onto a day
      await page.getByRole('link', { name: lang === 'en' ? 'Month' : 'Mois', exact: true }).click();
      await page.locator('main').click({ position: { x: 3, y: 3 } });
      await page.keyboard.press('n');
      const quick = page.getByRole('dialog', { name: l.quickTitle });
      await quick.getByLabel(l.title, { exact: true }).fill('Poll idea');
      await quick.getByRole('button', { name: l.quickSave }).click();
      const backlog = page.getByRole('region', { name: l.backlog });
      const idea = backlog.getByRole('button', { name: /Poll idea/ });
      await expect(idea).toBeVisible();
      // HTML5 drag and drop, event by event (the same events a mouse drag fires)
      const transfer = await page.evaluateHandle(() => new DataTransfer());
      await idea.dispatchEvent('dragstart', { dataTransfer: transfer });
      await page.locator('td[data-date="2025-11-29"]').dispatchEvent('dragover', { dataTransfer: transfer });
      await page.locator('td[data-date="2025-11-29"]').dispatchEvent('drop', { dataTransfer: transfer });
      const moved = page.locator('td[data-date="2025-11-29"]').getByRole('button', { name: /Poll idea/ });
      await expect(moved).toBeVisible();
      // and with the keyboard: Alt+ArrowRight moves it a day later
      await moved.focus();
      await page.keyboard.press('Alt+ArrowRight');
      await expect(page.locator('td[data-date="2025-11-30"]').getByRole('button', { name: /Poll idea/ })).toBeVisible();

      for (const tab of [l.weekTab, l.boardTab, l.settingsTab, l.exportsTab, l.sessionsTab]) {
        await page.getByRole('link', { name: tab, exact: true }).click();
        await expect(page.getByRole('link', { name: tab, exact: true })).toHaveAttribute('aria-current', 'page');
        await expectAccessible(page);
      }
    });

    test('plan a batch afternoon that overflows, fix it, run it through all phases into the audit, survive a restart', async ({ page, app }) => {
      app.server.setNow(NOW);
      let core = app.server.core as unknown as Core;
      for (let d = 3; d <= 26; d += 1) {
        await call(core, 'calendar.item.create', { title: `Item ${d}`, channelId: 1 + (d % 3), formatId: d % 2 === 0 ? 1 : 2, plannedDate: `2025-12-${String(d).padStart(2, '0')}` });
      }
      await app.open('/calendar/sessions');
      await fillDate(field(page, 'Date'), '2025-11-04');
      await page.getByLabel(l.targetMonth).selectOption('2025-12');
      await page.getByRole('button', { name: l.createSession }).click();
      await expect(page.getByText(l.overflow)).toBeVisible();
      await expectAccessible(page);
      await page.getByRole('button', { name: l.move }).click();
      await expect(page.getByText(l.fits)).toBeVisible();

      await page.getByRole('button', { name: l.start }).click();
      await expect(page.getByRole('heading', { level: 2, name: l.phases[0] })).toBeVisible();
      await expect(page.getByRole('main').getByRole('timer')).toBeVisible();
      // one clock: the timer bar shows the running session, its phase and countdown
      await expect(page.getByTestId('timer-session')).toContainText(l.phases[0]);
      await expectAccessible(page);

      let clock = NOW;
      for (const [i, phase] of l.phases.entries()) {
        await expect(page.getByRole('heading', { level: 2, name: phase })).toBeVisible();
        if (i === 1) {
          // tick every item of the writing block
          for (const box of await page.locator('.cal-checklist input[type=checkbox]').all()) {
            await box.check();
          }
          await expect(page.locator('.cal-checklist input:not(:checked)')).toHaveCount(0);
          await page.getByRole('main').getByRole('button', { name: l.pause }).click();
          await expect(page.getByRole('main').getByRole('button', { name: l.resume })).toBeVisible();
          // a restart in the middle of a session: the run is still there
          await app.restart();
          app.server.setNow(clock);
          core = app.server.core as unknown as Core;
          await page.reload();
          await expect(page.getByRole('heading', { level: 2, name: phase })).toBeVisible();
          await page.getByRole('main').getByRole('button', { name: l.resume }).click();
          // wait until the run is running again before moving the clock and the phase
          await expect(page.getByRole('main').getByRole('button', { name: l.pause })).toBeVisible();
        }
        clock += 15 * 60_000;
        app.server.setNow(clock);
        await page.getByRole('button', { name: i < l.phases.length - 1 ? l.next : l.finish }).click();
      }
      await expect(page.getByRole('heading', { name: l.finished })).toBeVisible();

      const all = core.db.prepare('SELECT source, start_at, end_at FROM time_entry').all();
      const rows = core.db.prepare("SELECT t.start_at, t.end_at, c.mode FROM time_entry t JOIN category c ON c.id = t.category_id WHERE t.source = 'batch-session'").all() as { start_at: number; end_at: number; mode: string }[];
      expect(rows.length, JSON.stringify(all)).toBeGreaterThanOrEqual(5);
      expect(rows.every((r) => r.mode === 'deep')).toBe(true);
      expect(rows.reduce((s, r) => s + r.end_at - r.start_at, 0)).toBe(5 * 15 * 60_000);
    });

    test('exports each format, parsed back, and says what it left out', async ({ page, app }) => {
      app.server.setNow(NOW);
      const core = app.server.core as unknown as Core;
      await chooseChannels(core, [1, 2, 3]);
      const at = (d: number, h: number, m = 0) => Date.UTC(2025, 10, d, h - 1, m);
      await call(core, 'calendar.item.create', { title: 'Carousel', channelId: 1, formatId: 2, pillarId: 1, plannedDate: '2025-11-12', publishAt: at(12, 9, 2), copy: 'Bonjour, "monde"; ça va ?', link: 'https://example.com/a', tz: 'Europe/Paris' });
      await call(core, 'calendar.item.create', { title: 'Article', channelId: 2, formatId: 6, pillarId: 2, plannedDate: '2025-11-13', publishAt: at(13, 10), copy: 'Long read', tz: 'Europe/Paris' });
      await call(core, 'calendar.item.create', { title: 'Unscheduled', channelId: 2, plannedDate: '2025-11-14', copy: 'Later' });
      await call(core, 'calendar.session.create', { date: '2025-11-25', targetMonth: '2025-11' });
      await app.open('/calendar/exports');
      await expectAccessible(page);

      const [ics] = await downloads(page, () => page.getByRole('button', { name: l.ics }).click(), 1);
      const events = readIcs(ics.text).events;
      expect(events.map((e) => e.uid)).toEqual(['batch-session-1@coulisses.local', 'performance-ritual@coulisses.local']);

      const buffer = await downloads(page, () => page.getByRole('button', { name: l.buffer }).click(), 2);
      for (const file of buffer) {
        const rows = Papa.parse<string[]>(file.text, { header: false }).data;
        expect(rows[0]).toEqual(['Text', 'Image URL', 'Tags', 'Posting Time']);
        expect(rows[1][3]).toMatch(/^2025-11-1[23] (09:02|10:00)$/);
      }
      await expect(page.getByText(l.leftOut)).toBeVisible();
      await expect(page.getByText(l.noTime)).toBeVisible();

      await page.getByLabel(lang === 'en' ? 'Date order' : 'Ordre de la date').selectOption('dmy');
      const hoot = await downloads(page, () => page.getByRole('button', { name: l.hootsuite }).click(), 2);
      const first = hoot.find((f) => f.name.includes('instagram'))!;
      expect(Papa.parse<string[]>(first.text, { header: false }).data[0]).toEqual(['12/11/2025 09:05', 'Bonjour, "monde"; ça va ?', 'https://example.com/a']);

      const [csv] = await downloads(page, () => page.getByRole('button', { name: l.csv }).click(), 1);
      expect(csv.text.charCodeAt(0)).toBe(0xfeff);
      const parsed = Papa.parse<Record<string, string>>(csv.text.slice(1), { header: true, delimiter: l.delimiter });
      expect(parsed.data.map((r) => r[l.csvTitle])).toEqual(['Carousel', 'Article', 'Unscheduled']);

      const [md] = await downloads(page, () => page.getByRole('button', { name: l.md }).click(), 1);
      expect(md.text.startsWith(l.mdTitle)).toBe(true);
      await expectAccessible(page);
    });
  });
}

test('channels, pillars and formats are edited in place: save, archive and restore, add and delete', async ({ page, app }) => {
  app.server.setNow(NOW);
  await chooseChannels(app.server.core as unknown as Core, [1]);
  await app.open('/calendar/settings');
  const lookups = async () => ((await app.server.core.dispatch('calendar.lookups', undefined)) as { value: { channels: { name: string; cadencePerWeek: number; archived: boolean }[]; formats: { name: string }[]; pillars: { name: string; targetShare: number }[] } }).value;
  const first = (await lookups()).channels[0];
  const table = page.getByRole('table', { name: 'Channels' });
  const shown = await table.getByRole('row').nth(1).locator('input[type=text]').inputValue();
  // Archived channels go last: follow the row by its name.
  const row = table.getByRole('row').filter({ has: page.getByLabel(`Name of ${shown}`) });
  await row.getByLabel(`Posts per week on ${shown}`).fill('4.5');
  await row.getByRole('button', { name: 'Save' }).click();
  await expect(row.getByText('Saved.')).toBeVisible();
  const stored = async () => (await lookups()).channels.find((c) => c.name === first.name)!; // the seeded name was not sent back
  expect((await stored()).cadencePerWeek).toBe(4.5);
  await row.getByRole('button', { name: 'Archive' }).click();
  await expect(row.getByRole('button', { name: 'Restore' })).toBeVisible();
  expect((await stored()).archived).toBe(true);
  await row.getByRole('button', { name: 'Restore' }).click();
  await expect(row.getByRole('button', { name: 'Archive' })).toBeVisible();

  const pillars = page.getByRole('table', { name: 'Content pillars' });
  const pillar = pillars.getByRole('row').nth(1);
  const pillarName = await pillar.locator('input[type=text]').inputValue();
  await pillar.getByLabel(`Name of ${pillarName}`).fill('Behind the scenes');
  await pillar.getByLabel(`Target share of ${pillarName} in percent`).fill('35');
  await pillar.getByRole('button', { name: 'Save' }).click();
  await expect(pillar.getByText('Saved.')).toBeVisible();
  expect((await lookups()).pillars.some((p) => p.name === 'Behind the scenes' && p.targetShare === 0.35)).toBe(true);

  await page.getByRole('textbox', { name: 'New format name' }).fill('Webinar');
  await page.getByRole('textbox', { name: 'New format name' }).press('Enter');
  const formats = page.getByRole('table', { name: 'Formats' });
  await expect(formats.getByLabel('Name of Webinar')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'New format name' })).toHaveValue('');
  expect((await lookups()).formats.map((f) => f.name)).toContain('Webinar');
  await formats.getByRole('row').filter({ has: page.getByLabel('Name of Webinar') }).getByRole('button', { name: 'Delete' }).click();
  await expect(formats.getByLabel('Name of Webinar')).toHaveCount(0);
  expect((await lookups()).formats.map((f) => f.name)).not.toContain('Webinar');
  await expectAccessible(page);
});
