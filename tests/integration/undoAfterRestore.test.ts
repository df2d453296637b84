// Issue 18's attack on Undo: a deleted thing put back after its slot was taken, after its category
// was archived or deleted, after a backup restore brought it back already, or twice (a double
// press). Nothing acknowledged is lost, nothing is doubled, a refusal is translated and changes
// nothing.
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/core/core';
import { dbChecksum, openTempCore, unwrap } from '../helpers/tempCore';

const M = 60_000;
const T0 = Date.UTC(2026, 2, 2, 8, 0); // Monday 2 March 2026, 09:00 in Paris
let core: Core;
afterEach(() => core?.close());

const call = async <T>(channel: string, input?: unknown): Promise<T> => unwrap(await core.dispatch(channel, input)) as T;
const count = (table: string) => (core.db!.prepare(`SELECT count(*) n FROM ${table}`).get() as { n: number }).n;
type Entry = { id: number; categoryId: number; start: number; end: number };

describe('undo of a deleted time entry', () => {
  it('is refused (overlap, naming the entry in the way) when its slot was taken since, changing nothing', async () => {
    core = openTempCore({ now: () => T0 + 7 * 24 * 60 * M });
    const cats = await call<{ id: number }[]>('audit.categories.list');
    const e = await call<Entry>('audit.entries.create', { start: T0, end: T0 + 60 * M, categoryId: cats[0].id });
    const { entry: deleted } = await call<{ entry: Entry }>('audit.entries.delete', { id: e.id });
    const other = await call<Entry>('audit.entries.create', { start: T0 + 30 * M, end: T0 + 90 * M, categoryId: cats[1].id });
    const before = dbChecksum(core);
    expect(await core.dispatch('audit.entries.restore', { entry: deleted })).toMatchObject({ ok: false, error: { code: 'overlap', params: { otherId: other.id } } });
    expect(dbChecksum(core)).toBe(before);
  });

  it('puts it back in its archived category (it was valid when written); a deleted category is refused (not_found), changing nothing', async () => {
    core = openTempCore({ now: () => T0 + 7 * 24 * 60 * M });
    const cat = await call<{ id: number }>('audit.categories.create', { name: 'Short-lived', color: '#336699', mode: 'deep' });
    const a = await call<Entry>('audit.entries.create', { start: T0, end: T0 + 60 * M, categoryId: cat.id });
    const b = await call<Entry>('audit.entries.create', { start: T0 + 60 * M, end: T0 + 120 * M, categoryId: cat.id });
    const { entry: gone } = await call<{ entry: Entry }>('audit.entries.delete', { id: a.id });
    await call('audit.categories.update', { id: cat.id, archived: true });
    expect(await call<Entry>('audit.entries.restore', { entry: gone })).toMatchObject({ id: a.id, categoryId: cat.id });
    await call('audit.entries.delete', { id: a.id });
    const { entry: last } = await call<{ entry: Entry }>('audit.entries.delete', { id: b.id });
    await call('audit.categories.delete', { id: cat.id });
    const before = dbChecksum(core);
    expect(await core.dispatch('audit.entries.restore', { entry: last })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(dbChecksum(core)).toBe(before);
  });

  it('after a backup restore that brought it back, or pressed twice, does not double it', async () => {
    core = openTempCore({ now: () => T0 + 7 * 24 * 60 * M });
    const cats = await call<{ id: number }[]>('audit.categories.list');
    const e = await call<Entry>('audit.entries.create', { start: T0, end: T0 + 60 * M, categoryId: cats[0].id });
    const backup = await call<{ name: string }>('backups.create');
    const { entry: deleted } = await call<{ entry: Entry }>('audit.entries.delete', { id: e.id });
    await call('backups.restore', { name: backup.name });
    expect(count('time_entry')).toBe(1);
    // already back: answered as it is, nothing written
    const before = dbChecksum(core);
    expect(await call<Entry>('audit.entries.restore', { entry: deleted })).toEqual(deleted);
    expect(dbChecksum(core)).toBe(before);
    const { entry: gone } = await call<{ entry: Entry }>('audit.entries.delete', { id: e.id });
    await call('audit.entries.restore', { entry: gone });
    expect(await call<Entry>('audit.entries.restore', { entry: gone })).toEqual(gone);
    expect(count('time_entry')).toBe(1);
  });
});

describe('undo of other deletions after a backup restore or pressed twice', () => {
  it('an interruption comes back once', async () => {
    core = openTempCore({ now: () => T0 + 7 * 24 * 60 * M });
    const i = await call<{ id: number }>('audit.interruptions.log', { channel: 'chat', at: T0, note: 'Boss on chat' });
    const backup = await call<{ name: string }>('backups.create');
    const { interruption: deleted } = await call<{ interruption: unknown }>('audit.interruptions.delete', { id: i.id });
    await call('backups.restore', { name: backup.name });
    await call('audit.interruptions.restore', { interruption: deleted });
    expect(count('interruption')).toBe(1);
    // pressed twice on a live database
    const { interruption: gone } = await call<{ interruption: unknown }>('audit.interruptions.delete', { id: i.id });
    await call('audit.interruptions.restore', { interruption: gone });
    await call('audit.interruptions.restore', { interruption: gone });
    expect(count('interruption')).toBe(1);
  });

  it('a content item, a milestone and a decision come back once', async () => {
    core = openTempCore({ now: () => T0 + 7 * 24 * 60 * M });
    const item = await call<{ id: number }>('calendar.item.create', { title: 'Carousel: batch afternoons', plannedDate: '2026-03-10' });
    const { item: gone } = await call<{ item: unknown }>('calendar.item.delete', { id: item.id });
    await call('calendar.item.restore', { item: gone });
    await call('calendar.item.restore', { item: gone });
    expect(count('content_item')).toBe(1);
    // a different item that took the id is not taken for the deleted one
    const { item: other } = await call<{ item: { id: number } }>('calendar.item.delete', { id: item.id });
    const fresh = await call<{ id: number }>('calendar.item.create', { title: 'Another post', plannedDate: '2026-03-11' });
    const back = await call<{ id: number; title: string }>('calendar.item.restore', { item: other });
    expect(back.id).not.toBe(fresh.id);
    expect(count('content_item')).toBe(2);

    const plan = await call<{ milestones: { id: number }[] }>('career.plan.create', { currentRole: 'SMM', targetRole: 'Head of Social', startDate: '2026-01-05' });
    const mid = plan.milestones[0].id;
    const milestones = count('milestone');
    const { milestone } = await call<{ milestone: unknown }>('career.milestone.delete', { id: mid });
    await call('career.milestone.restore', { milestone });
    await call('career.milestone.restore', { milestone });
    expect(count('milestone')).toBe(milestones);

    const d = await call<{ id: number }>('career.decision.create', {
      date: '2026-03-01', title: 'Two moderation slots', context: 'c', measured: 'm', options: 'o', arbitration: 'a', changed: 'ch', kpiName: 'k', kpiBefore: 1, kpiAfter: 2, skills: ['analytics'], tags: ['moderation'],
    });
    const { decision, milestoneIds, skillIds } = await call<{ decision: Record<string, unknown>; milestoneIds: number[]; skillIds: number[] }>('career.decision.delete', { id: d.id });
    const payload = { decision: { id: decision.id, date: decision.date, title: decision.title, context: decision.context, measured: decision.measured, options: decision.options, arbitration: decision.arbitration, changed: decision.changed, kpiName: decision.kpiName, kpiBefore: decision.kpiBefore, kpiAfter: decision.kpiAfter, skills: decision.skills, tags: decision.tags }, milestoneIds, skillIds };
    await call('career.decision.restore', payload);
    await call('career.decision.restore', payload);
    expect(count('decision')).toBe(1);
  });
});
