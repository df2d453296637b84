// The three journeys of the app, end to end, as a new user walks them (issue 13): audit a week
// that contains a batch afternoon (one clock), plan and run a month of content in one afternoon
// with the default estimates, enter a certification history and see the plan's true status; and
// no figure with two values, a job description that helps, Undo. In both languages, with axe.
import { test, expect, expectAccessible } from './fixtures';
import { field, fillDate, fillTime } from './fields';
import { translator } from '../../src/shared/i18n';
import { CATEGORY_PRESETS } from '../../src/main/db/migrations/0020-audit';

/** Epoch ms of a wall time in Paris in November 2025 (UTC+1). */
const paris = (day: number, hour: number, minute = 0) => Date.UTC(2025, 10, day, hour - 1, minute);

type Core = { dispatch(c: string, i?: unknown): Promise<{ ok: boolean; value?: unknown; error?: unknown }>; db: { prepare(sql: string): { all(...a: unknown[]): unknown[] } } };
async function call<T>(core: Core, channel: string, input?: unknown): Promise<T> {
  const r = await core.dispatch(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
  return r.value as T;
}
type Row = { id: number; start_at: number; end_at: number | null; source: string };
const entries = (core: Core) => core.db.prepare('SELECT id, start_at, end_at, source FROM time_entry ORDER BY start_at, id').all() as Row[];
function expectNoOverlap(rows: Row[]): void {
  for (let i = 1; i < rows.length; i += 1) expect(rows[i - 1].end_at ?? Infinity, JSON.stringify(rows)).toBeLessThanOrEqual(rows[i].start_at);
}

for (const lang of ['en', 'fr'] as const) {
  const t = translator(lang);
  const cat = (i: number) => CATEGORY_PRESETS[i][lang];

  test.describe(`journeys in ${lang}`, () => {
    test.use({ appLanguage: lang });

    test('one clock: during a batch session the timer bar shows it, and a category key asks to pause it first', async ({ page, app }) => {
      app.server.setNow(paris(4, 13));
      await page.clock.setFixedTime(new Date(paris(4, 13)));
      const core = app.server.core as unknown as Core;
      const ids: number[] = [];
      for (let k = 0; k < 3; k += 1) ids.push((await call<{ id: number }>(core, 'calendar.item.create', { title: `Post ${k}`, channelId: 1, formatId: 5, plannedDate: `2025-12-0${k + 1}` })).id);
      // an audited morning before the afternoon
      await call(core, 'audit.entries.create', { start: paris(4, 9), end: paris(4, 12), categoryId: 1, tz: 'Europe/Paris' });
      const s = await call<{ id: number }>(core, 'calendar.session.create', { date: '2025-11-04', itemIds: ids, targetMonth: '2025-12' });
      await app.open(`/calendar/sessions/${s.id}`);
      await page.getByRole('button', { name: t('calendar.run.start') }).click();
      const bar = page.getByRole('region', { name: t('audit.timer.label') });
      await expect(bar.getByTestId('timer-session')).toContainText(t('calendar.phase.strategy'));
      await expect(bar.getByRole('timer')).toBeVisible();
      await expectAccessible(page);

      // 25 minutes later, a request comes in: key 2 asks before taking the clock
      app.server.setNow(paris(4, 13, 25));
      await page.locator('main').click({ position: { x: 3, y: 3 } });
      await page.keyboard.press('2');
      const ask = page.getByRole('dialog', { name: t('audit.timer.handOverTitle') });
      await expect(ask).toBeVisible();
      await expectAccessible(page);
      await ask.getByRole('button', { name: t('audit.timer.handOverConfirm', { category: cat(1) }) }).click();
      await expect(ask).toBeHidden();
      await expect(bar.getByText(cat(1), { exact: true }).first()).toBeVisible();
      await expect(page.getByRole('main').getByText(t('calendar.run.paused'))).toBeVisible();

      // back to the session: resuming takes the clock back from the timer
      app.server.setNow(paris(4, 13, 40));
      await page.getByRole('main').getByRole('button', { name: t('calendar.run.resume') }).click();
      await expect(bar.getByTestId('timer-session')).toBeVisible();
      // the timer bar's button pauses the session
      app.server.setNow(paris(4, 14, 40));
      await bar.getByRole('button', { name: t('audit.timer.pauseSession') }).click();
      await expect(bar.getByTestId('timer-session')).toBeHidden();

      const rows = entries(core);
      expect(rows.map((r) => [r.source, r.start_at, r.end_at])).toEqual([
        ['manual', paris(4, 9), paris(4, 12)],
        ['batch-session', paris(4, 13), paris(4, 13, 25)],
        ['timer', paris(4, 13, 25), paris(4, 13, 40)],
        ['batch-session', paris(4, 13, 40), paris(4, 14, 40)],
      ]);
      expectNoOverlap(rows);

      // the week of the audit shows the afternoon without double counting
      await app.open('/audit');
      await expect(page.locator('.entry-block')).toHaveCount(4);
      await expectAccessible(page);
    });

    test('a month of content fits one afternoon with the default estimates; run mode measures and the estimates learn', async ({ page, app }) => {
      app.server.setNow(paris(4, 13));
      await page.clock.setFixedTime(new Date(paris(4, 13)));
      const core = app.server.core as unknown as Core;
      // the typical month: 10 posts, 4 carousels, 6 stories over three channels, and a short video
      const formats = [...Array(10).fill(5), ...Array(4).fill(2), ...Array(6).fill(4), 1] as number[];
      for (const [k, formatId] of formats.entries()) {
        await call(core, 'calendar.item.create', { title: `Item ${k + 1}`, channelId: [1, 2, 4][k % 3], formatId, plannedDate: `2025-12-${String(k + 1).padStart(2, '0')}` });
      }
      await app.open('/calendar/sessions');
      await fillDate(field(page, t('calendar.session.date')), '2025-11-04');
      await page.getByLabel(t('calendar.session.targetMonth')).selectOption('2025-12');
      await page.getByRole('button', { name: t('calendar.session.create') }).click();
      await expect(page.getByText(t('calendar.session.fits', { total: '3 h 53', available: '4 h 00' }))).toBeVisible();
      await expect(page.locator('.cal-phase-num')).toHaveText(['1', '2a', '2b', '3', '4', '5']);
      // the short video is produced in its own slot
      await expect(page.getByTestId('production-slots')).toContainText(t('format.shortVideo'));
      await expectAccessible(page);

      // run it; in the writing block, tick the posts as they are done
      await page.getByRole('button', { name: t('calendar.run.start') }).click();
      await expect(page.getByRole('main').getByRole('button', { name: t('calendar.run.pause') })).toBeVisible();
      const [session] = await call<{ id: number }[]>(core, 'calendar.sessions.list');
      // the minutes pass, and the run screen's heartbeat says the app is alive (else it would be taken for a crash)
      let minute = 0;
      const advance = async (to: number) => {
        for (; minute < to; minute += 1) {
          app.server.setNow(paris(4, 13, minute + 1));
          await call(core, 'calendar.run.heartbeat', { sessionId: session.id });
        }
      };
      await advance(35);
      await page.getByRole('button', { name: t('calendar.run.next') }).click();
      await expect(page.getByRole('heading', { level: 2, name: t('calendar.phase.writing') })).toBeVisible();
      const boxes = page.locator('.cal-checklist input[type=checkbox]');
      for (const [k, minutes] of [12, 4, 4].entries()) {
        await advance(35 + [12, 16, 20][k]);
        await boxes.nth(k).check();
        await expect(page.locator('.cal-measured').nth(k)).toHaveText(t('calendar.run.took', { minutes: `${minutes} min` }));
      }
      await page.getByRole('button', { name: t('calendar.run.stop') }).click();
      await expect(page.getByRole('heading', { name: t('calendar.run.finishedTitle') })).toBeVisible();
      await expect(page.getByRole('heading', { name: t('calendar.run.learnTitle') })).toBeVisible();
      await expectAccessible(page);
      await page.getByRole('button', { name: t('calendar.run.learnButton') }).click();
      await expect(page.getByText(t('calendar.run.learned', { count: 1 }))).toBeVisible();
      const post = (await call<{ formats: { id: number; writingSetupMinutes: number; writingMinutes: number }[] }>(core, 'calendar.lookups')).formats.find((f) => f.id === 5)!;
      expect([post.writingSetupMinutes, post.writingMinutes]).toEqual([8, 4]);
    });

    test('a career log that takes the past: a fail last month, a pass last week, and the plan says what is overdue', async ({ page, app }) => {
      const now = Date.UTC(2025, 10, 19, 9, 0); // Wednesday 19 November 2025, 10:00 in Paris
      app.server.setNow(now);
      await page.clock.setFixedTime(new Date(now));
      const core = app.server.core as unknown as Core;
      // a plan started a year ago: its first milestones are past due and not done
      await call(core, 'career.plan.create', { currentRole: 'Social media manager', targetRole: 'Head of Social', startDate: '2024-11-04' });
      await app.open('/career/certifications');
      await page.getByRole('button', { name: t('career.certs.add') }).click();
      const cert = page.locator('article.cert').first();
      const record = async (day: string, time: string, score: string) => {
        await fillDate(field(cert, t('career.certs.attemptDay')), day);
        await fillTime(field(cert, t('career.certs.attemptTime')), time);
        await cert.getByLabel(t('career.certs.scoreLabel')).fill(score);
        await cert.getByRole('button', { name: t('career.certs.record') }).click();
      };
      await record('2025-10-15', '14:00', '72');
      await expect(cert.getByRole('cell', { name: t('career.certs.failed') })).toBeVisible();
      // a pass one hour after the fail: refused, naming the rule and the earliest date
      await record('2025-10-15', '15:00', '90');
      await expect(cert.getByRole('alert')).toContainText(lang === 'en' ? 'a retake is allowed 24 h after a failed attempt, so not before' : 'une nouvelle tentative est possible 24 h après un échec, donc pas avant le');
      await expect(cert.getByRole('cell', { name: t('career.certs.passed'), exact: true })).toHaveCount(0);
      // the pass of last week is taken, and dates the certificate
      await record('2025-11-12', '10:30', '86');
      await expect(cert.getByRole('cell', { name: t('career.certs.passed'), exact: true })).toBeVisible();
      await expect(cert.getByTestId(/status/)).toContainText(lang === 'en' ? 'November 12, 2025' : '12 novembre 2025');
      await expectAccessible(page);

      // the plan names its overdue milestone instead of saying on schedule
      await page.getByRole('navigation', { name: lang === 'en' ? 'Career sections' : 'Sections du parcours' }).getByRole('link', { name: t('career.tabs.plan') }).click();
      const progress = page.getByTestId('plan-progress');
      await expect(progress).toContainText(t('career.milestones.week-audit'));
      await expect(progress).not.toContainText(t('career.progress.onTrack'));
      // the certification earned last week ticked its own milestone: the plan does not call it overdue
      await expect(page.getByRole('checkbox', { name: t('career.milestones.ga-certification') })).toBeChecked();
      await expect(page.getByRole('checkbox', { name: t('career.milestones.week-audit') })).not.toBeChecked();
      await expectAccessible(page);
    });

    test('one figure, one value: late evenings and context switches read the same on Today and in the reports', async ({ page, app }) => {
      // a new user's first week, Monday 17 to Sunday 23 November; today is that Sunday
      app.server.setNow(paris(23, 18));
      await page.clock.setFixedTime(new Date(paris(23, 18)));
      const core = app.server.core as unknown as Core;
      const add = (start: number, end: number, categoryId: number) => call(core, 'audit.entries.create', { start, end, categoryId, tz: 'Europe/Paris' });
      await add(paris(17, 9), paris(17, 12), 1);
      await add(paris(18, 20, 30), paris(18, 21, 30), 1); // a late evening
      await add(paris(20, 23, 30), paris(21, 0, 45), 1); // Thursday 23:30 – 00:45: a late evening
      await add(paris(21, 9, 30), paris(21, 11), 5); // Friday 09:30, moderation: no switch
      await call(core, 'audit.saved.create', { name: 'Week 1', from: paris(17, 0), to: paris(24, 0), tz: 'Europe/Paris' });
      await app.open('/');
      const sentence = await page.getByTestId('late-sentence').textContent();
      expect(sentence).toContain(lang === 'en' ? '2 of 7 days tracked' : '2 sur 7 jours suivis');
      expect(sentence).toContain('104');
      await expectAccessible(page);

      // the weekly report of the saved audit week: the same words for the same days
      await app.open('/reports/weekly');
      const figures = page.locator('main');
      await expect(figures.getByText(sentence!.trim())).toBeVisible();
      await expect(figures.locator('dt', { hasText: t('reports.fig.contextSwitches') }).locator('xpath=following-sibling::dd[1]')).toHaveText('0');
      await expectAccessible(page);
    });

    test('fragmentation says not enough data yet after a few seconds of tracking', async ({ page, app }) => {
      app.server.setNow(paris(19, 9));
      await page.clock.setFixedTime(new Date(paris(19, 9)));
      const core = app.server.core as unknown as Core;
      await call(core, 'audit.timer.start', { categoryId: 1 });
      app.server.setNow(paris(19, 9) + 5_000);
      await call(core, 'audit.interruptions.log', { channel: 'chat' });
      await app.open('/');
      await expect(page.getByTestId('week-fragmentation')).toContainText(t('reports.fig.notEnoughData'));
    });

    test('a job description that helps: the title is left out, one click maps every category, not mapped yet until then', async ({ page, app }) => {
      app.server.setNow(paris(19, 12));
      await page.clock.setFixedTime(new Date(paris(19, 12)));
      const core = app.server.core as unknown as Core;
      await call(core, 'audit.entries.create', { start: paris(19, 9), end: paris(19, 11), categoryId: 1, tz: 'Europe/Paris' });
      await app.open('/audit/job');
      await expect(page.getByTestId('not-mapped')).toBeVisible();
      const title = lang === 'en' ? 'Job description — Social Media Manager' : 'Fiche de poste — Responsable social media';
      await page.getByLabel(t('audit.job.paste')).fill(`${title}\n${t('audit.job.example')}`);
      await expect(page.getByText(t('audit.job.preview', { kept: 10, total: 11 }))).toBeVisible();
      await expect(page.getByTestId('job-line-0')).not.toBeChecked();
      await expectAccessible(page);
      await page.getByRole('button', { name: t('audit.job.save') }).click();
      await expect(page.locator('main ol li')).toHaveCount(10);
      await expect(page.getByText(title)).toHaveCount(0);
      // one suggestion accepted by hand, then all the others at once
      const lines0 = t('audit.job.example').split('\n');
      await page.getByRole('button', { name: t('audit.job.acceptFor', { category: cat(4), line: lines0[3] }) }).click();
      await expect(page.getByLabel(cat(4), { exact: true }).locator('option:checked')).toHaveText(lines0[3]);
      await expectAccessible(page);

      await page.getByRole('button', { name: t('audit.job.acceptAll', { n: 10 }) }).click();
      await expect(page.getByTestId('not-mapped')).toHaveCount(0);
      const lines = t('audit.job.example').split('\n');
      await expect(page.getByLabel(cat(0), { exact: true })).toHaveValue(/\d+/);
      await expect(page.getByLabel(cat(0), { exact: true }).locator('option:checked')).toHaveText(lines[2]);
      await expect(page.getByLabel(cat(7), { exact: true }).locator('option:checked')).toHaveText(lines[5]);
      await expectAccessible(page);
    });

    test('Undo: a deleted entry and a deleted decision come back', async ({ page, app }) => {
      app.server.setNow(paris(19, 12));
      await page.clock.setFixedTime(new Date(paris(19, 12)));
      const core = app.server.core as unknown as Core;
      await call(core, 'audit.entries.create', { start: paris(19, 9), end: paris(19, 10, 30), categoryId: 1, tz: 'Europe/Paris', note: 'Carousel' });
      await app.open('/audit');
      await page.locator('.entry-block').first().click();
      await page.getByRole('dialog').getByRole('button', { name: t('audit.common.delete') }).click();
      await expect(page.locator('.entry-block')).toHaveCount(0);
      const toast = page.getByTestId('undo-toast');
      await expect(toast).toContainText(t('audit.undo.entry'));
      await expectAccessible(page);
      await toast.getByRole('button', { name: t('common.undo') }).click();
      await expect(page.getByTestId('undo-outcome')).toContainText(t('common.undone'));
      await expect(page.locator('.entry-block')).toHaveCount(1);
      expect(entries(core).map((r) => [r.start_at, r.end_at, r.source])).toEqual([[paris(19, 9), paris(19, 10, 30), 'manual']]);

      // a case of the reply protocol is also an interruption: deleted in the audit and undone, it is the case's again
      const [type] = await call<{ id: number }[]>(core, 'protocol.types.list');
      const c = await call<{ id: number }>(core, 'protocol.case.log', { typeId: type.id, channel: 'Instagram', text: 'Where is my parcel?', at: paris(19, 11) });
      await page.reload(); // the case was logged behind the page's back
      await page.getByRole('button', { name: t('audit.week.deleteInterruption', { time: '' }).trim() }).first().click();
      await page.getByTestId('undo-toast').getByRole('button', { name: t('common.undo') }).click();
      await expect(page.getByTestId('undo-outcome')).toContainText(t('common.undone'));
      const linked = core.db.prepare('SELECT c.interruption_id AS i FROM protocol_case c JOIN interruption ON interruption.id = c.interruption_id WHERE c.id = ?').all(c.id);
      expect(linked).toHaveLength(1);

      await call(core, 'career.decision.create', {
        date: '2025-11-10',
        title: 'Two moderation slots',
        context: 'Replies all day long.',
        measured: 'Interruptions per day',
        options: 'Keep; two slots',
        arbitration: 'Two slots',
        changed: 'Deep blocks every morning',
        kpiName: 'Reply time (h)',
        kpiBefore: 0.5,
        kpiAfter: 1.75,
        skills: [],
        tags: [],
      });
      await app.open('/career/decisions');
      await page.getByRole('button', { name: t('career.decisions.deleteNamed', { name: 'Two moderation slots' }) }).click();
      await expect(page.locator('article.decision')).toHaveCount(0);
      await page.getByTestId('undo-toast').getByRole('button', { name: t('common.undo') }).click();
      await expect(page.locator('article.decision').getByRole('heading', { name: 'Two moderation slots' })).toBeVisible();
    });
  });
}
