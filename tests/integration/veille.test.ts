// Veille through Core on real SQLite files, without the network: OPML import, links by hand and
// duplicates, triage, annotations and weak signals, the weekly report (citations required,
// delivery, management's answers, Markdown in both languages) and the measures.
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/core/core';
import type { OpmlRow, VeilleItem, VeilleItemRow, VeilleMeasures, VeilleReport, VeilleSource, RecommendationRow, ReportListRow } from '../../src/shared/veille/types';
import { dbChecksum, openTempCore, unwrap } from '../helpers/tempCore';

let core: Core;
let clock = Date.UTC(2026, 2, 4, 9, 0); // Wednesday 4 March 2026, 10:00 in Paris (ISO week 2026-W10)
afterEach(() => core?.close());

const open = () => {
  clock = Date.UTC(2026, 2, 4, 9, 0);
  core = openTempCore({ now: () => clock });
};
const call = async <T>(channel: string, input?: unknown): Promise<T> => unwrap(await core.dispatch(channel, input)) as T;
const add = (url: string, title?: string) => call<VeilleItem>('veille.item.add', { url, title, note: '' });
const opml = fs.readFileSync('tests/fixtures/veille/subscriptions.opml', 'utf8');

describe('veille sources and OPML', () => {
  it('previews an OPML export with line numbers, folders as themes and the rows it will not import, then imports all or nothing', async () => {
    open();
    await call<VeilleSource>('veille.source.create', { url: 'https://changelog.example/rss' });
    const preview = await call<{ rows: OpmlRow[]; importable: number }>('veille.opml.preview', { text: opml });
    expect(preview.rows).toEqual([
      { line: 8, title: 'Social Trends Weekly', url: 'https://trends.example/feed.xml', theme: 'Competitors', problem: null },
      { line: 9, title: 'Brand Watch Notes', url: 'https://brandwatch-notes.example/atom.xml', theme: 'Competitors', problem: null },
      { line: 12, title: 'Platform Changelog', url: 'https://changelog.example/rss', theme: 'Platforms & tools', problem: 'already_a_source' },
      { line: 14, title: 'Again trends', url: 'https://trends.example/feed.xml', theme: 'Platforms & tools', problem: 'duplicate_in_file' },
      { line: 15, title: 'FTP feed', url: 'ftp://files.example/feed.xml', theme: 'Platforms & tools', problem: 'bad_url' },
      { line: 17, title: 'Loose feed', url: 'https://loose.example/feed', theme: '', problem: null },
    ]);
    expect(preview.importable).toBe(3);
    expect(await call('veille.opml.import', { text: opml })).toEqual({ created: 3, skipped: 3 });
    const sources = await call<VeilleSource[]>('veille.sources.list');
    expect(sources.map((s) => [s.title, s.theme, s.fetchEnabled])).toEqual([
      ['Brand Watch Notes', 'Competitors', false],
      ['changelog.example', '', false],
      ['Loose feed', '', false],
      ['Social Trends Weekly', 'Competitors', false],
    ]);
    // The same file again: everything is already a source.
    expect(await call('veille.opml.import', { text: opml })).toEqual({ created: 0, skipped: 6 });
    const inoreader = fs.readFileSync('tests/fixtures/veille/inoreader.opml', 'utf8');
    expect((await call<{ rows: OpmlRow[] }>('veille.opml.preview', { text: inoreader })).rows).toEqual([
      { line: 6, title: 'Le Blog du Modérateur', url: 'https://blog.example.fr/feed/', theme: 'Veille marque', problem: null },
    ]);
  });

  it('refuses a file that is not well-formed with its line, and changes nothing', async () => {
    open();
    const before = dbChecksum(core);
    const r = await core.dispatch('veille.opml.import', { text: '<opml>\n<body>\n<outline text="a" xmlUrl="https://a.example/feed">\n</body></opml>' });
    expect(r).toMatchObject({ ok: false, error: { code: 'veille_opml_invalid', params: { detail: expect.stringMatching(/^line \d+: /) } } });
    expect(await core.dispatch('veille.opml.preview', { text: 'just text' })).toMatchObject({ ok: false, error: { code: 'veille_opml_invalid' } });
    expect(dbChecksum(core)).toBe(before);
  });

  it('refuses the same feed twice, and deleting a source whose items a report cites', async () => {
    open();
    const s = await call<VeilleSource>('veille.source.create', { url: 'https://Trends.Example:443/feed.xml', theme: 'Competitors' });
    expect(s).toMatchObject({ url: 'https://trends.example/feed.xml', host: 'trends.example', title: 'trends.example', fetchEnabled: false, reliability: 'medium' });
    expect(await core.dispatch('veille.source.create', { url: 'https://trends.example/feed.xml' })).toMatchObject({ ok: false, error: { code: 'veille_source_exists', params: { title: 'trends.example' } } });
    const it1 = await call<VeilleItem>('veille.item.add', { url: 'https://trends.example/a', note: '', sourceId: s.id });
    const report = await call<VeilleReport>('veille.report.open', { week: '2026-W10' });
    await call('veille.report.saveEntry', { reportId: report.id, kind: 'insight', text: 'Video grows', itemIds: [it1.id] });
    const before = dbChecksum(core);
    expect(await core.dispatch('veille.source.delete', { id: s.id })).toMatchObject({ ok: false, error: { code: 'veille_source_in_use' } });
    expect(await core.dispatch('veille.item.delete', { id: it1.id })).toMatchObject({ ok: false, error: { code: 'veille_item_cited' } });
    expect(dbChecksum(core)).toBe(before);
  });
});

describe('veille items', () => {
  it('adds links by hand, kept at once, and refuses a duplicate by canonical URL', async () => {
    open();
    const first = await add('https://www.example.com/post/?utm_source=newsletter&b=2&a=1#top', 'A post');
    expect(first).toMatchObject({ triage: 'kept', origin: 'manual', title: 'A post', sourceId: null });
    const before = dbChecksum(core);
    for (const again of ['http://example.com/post?a=1&b=2', 'https://example.com/post/?b=2&a=1&fbclid=x', 'HTTPS://WWW.EXAMPLE.COM/post?b=2&a=1#comments']) {
      expect(await core.dispatch('veille.item.add', { url: again, note: '' })).toMatchObject({ ok: false, error: { code: 'veille_duplicate', params: { title: 'A post' } } });
    }
    expect(dbChecksum(core)).toBe(before);
    // A different query value is a different page.
    await add('https://example.com/post?a=2&b=2');
    expect(await core.dispatch('veille.item.add', { url: 'javascript:alert(1)', note: '' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('triages: keep, skip, star (which keeps), back to the inbox; counts per view; reading is recorded', async () => {
    open();
    const ids: number[] = [];
    for (const n of [1, 2, 3]) ids.push((await add(`https://example.com/${n}`)).id);
    // Links added by hand start kept; move them back to the inbox to triage them.
    for (const id of ids) await call('veille.item.triage', { id, triage: 'new' });
    await call('veille.item.triage', { id: ids[0], triage: 'kept' });
    await call('veille.item.triage', { id: ids[1], triage: 'skipped' });
    const starred = await call<VeilleItemRow>('veille.item.triage', { id: ids[2], starred: true });
    expect(starred).toMatchObject({ triage: 'kept', starred: true, read: true });
    const list = await call<{ items: VeilleItemRow[]; counts: Record<string, number> }>('veille.items.list', { view: 'kept' });
    expect(list.items.map((i) => i.id).sort()).toEqual([ids[0], ids[2]]);
    expect(list.counts).toEqual({ inbox: 0, kept: 2, starred: 1, skipped: 1, all: 3 });
    expect((await call<{ items: VeilleItemRow[] }>('veille.items.list', { view: 'all', query: '2' })).items.map((i) => i.id)).toEqual([ids[1]]);
  });

  it('annotates, links a later item to a weak signal it shows again, and promotes the weak signal to a trend', async () => {
    open();
    const weak = await add('https://example.com/weak', 'A niche app lets fans co-write posts');
    const later = await add('https://example.com/later', 'Two brands try fan co-writing');
    const annotated = await call<VeilleItem>('veille.item.annotate', { id: weak.id, signal: 'weak', theme: 'Community', question: 'How do fans create with brands?', implication: 'Test a co-written post', echoOf: null });
    expect(annotated.annotation).toEqual({ signal: 'weak', theme: 'Community', question: 'How do fans create with brands?', implication: 'Test a co-written post', echoOf: null, promotedAt: null });
    // An echo must point to a weak signal other than itself.
    expect(await core.dispatch('veille.item.annotate', { id: later.id, signal: 'fact', theme: '', question: '', implication: '', echoOf: later.id })).toMatchObject({ ok: false });
    expect(await core.dispatch('veille.item.promote', { id: later.id })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    clock += 86_400_000;
    await call('veille.item.annotate', { id: later.id, signal: 'trend', theme: 'Community', question: 'How do fans create with brands?', implication: '', echoOf: weak.id });
    expect((await call<VeilleItem>('veille.item.get', { id: weak.id })).echoes.map((e) => e.id)).toEqual([later.id]);
    const promoted = await call<VeilleItem>('veille.item.promote', { id: weak.id });
    expect(promoted.annotation).toMatchObject({ signal: 'trend', promotedAt: clock });
    const vocabulary = await call<{ themes: string[]; questions: string[]; weakSignals: { id: number }[] }>('veille.vocabulary');
    expect(vocabulary).toMatchObject({ themes: ['Community'], questions: ['How do fans create with brands?'], weakSignals: [{ id: weak.id }] });
    const m = await call<VeilleMeasures>('veille.measures', { weeks: 2 });
    expect(m.weakSignals).toMatchObject({ noted: 1, seenAgain: 1, promoted: 1 });
  });
});

describe('the weekly intelligence report', () => {
  it('refuses an insight, weak signal or recommendation without a citation, saving nothing', async () => {
    open();
    const report = await call<VeilleReport>('veille.report.open', { week: '2026-W10' });
    const before = dbChecksum(core);
    for (const kind of ['insight', 'weak_signal', 'recommendation']) {
      expect(await core.dispatch('veille.report.saveEntry', { reportId: report.id, kind, text: 'Launch a weekly video', itemIds: [] })).toMatchObject({ ok: false, error: { code: 'veille_citation_required' } });
      // An id that is no item is no citation either.
      expect(await core.dispatch('veille.report.saveEntry', { reportId: report.id, kind, text: 'Launch a weekly video', itemIds: [999] })).toMatchObject({ ok: false, error: { code: 'veille_citation_required' } });
    }
    expect(dbChecksum(core)).toBe(before);
  });

  it('writes, delivers, records management answers, shows adoption, and exports Markdown in either language', async () => {
    open();
    const video = await add('https://trends.example/video', 'Short video keeps growing on LinkedIn');
    const groups = await add('https://trends.example/groups', 'A competitor tests paid community groups');
    const report = await call<VeilleReport>('veille.report.open', { week: '2026-W10' });
    expect(report).toMatchObject({ week: '2026-W10', firstDay: '2026-03-02', lastDay: '2026-03-08', tz: 'Europe/Paris', status: 'draft' });
    expect((await call<VeilleReport>('veille.report.open', { week: '2026-W10' })).id).toBe(report.id);
    await call('veille.report.update', { id: report.id, title: 'Week 10: video and paid groups', summary: 'Video grows.\n\nPaid groups appear.' });
    await call('veille.report.saveEntry', { reportId: report.id, kind: 'insight', text: 'Short video doubles its reach', itemIds: [video.id] });
    await call('veille.report.saveEntry', { reportId: report.id, kind: 'weak_signal', text: 'Paid groups at a competitor', itemIds: [groups.id] });
    await call('veille.report.saveEntry', { reportId: report.id, kind: 'recommendation', text: 'Post one short video a week', itemIds: [video.id] });
    let r = await call<VeilleReport>('veille.report.saveEntry', { reportId: report.id, kind: 'recommendation', text: 'Do not charge for our group [yet]', itemIds: [groups.id, video.id] });
    expect(r.entries.map((e) => [e.kind, e.items.length, e.status])).toEqual([
      ['insight', 1, null],
      ['weak_signal', 1, null],
      ['recommendation', 1, null],
      ['recommendation', 2, null],
    ]);
    // Management's answer waits for delivery.
    expect(await core.dispatch('veille.recommendation.decide', { id: r.entries[2].id, status: 'accepted' })).toMatchObject({ ok: false, error: { code: 'veille_report_draft' } });
    r = await call<VeilleReport>('veille.report.moveEntry', { id: r.entries[3].id, direction: 'up' });
    expect(r.entries.map((e) => e.text)[2]).toBe('Do not charge for our group [yet]');
    clock = Date.UTC(2026, 2, 6, 16, 0);
    r = await call<VeilleReport>('veille.report.deliver', { id: report.id });
    expect(r).toMatchObject({ status: 'delivered', deliveredAt: clock });
    expect(r.entries.filter((e) => e.kind === 'recommendation').map((e) => e.status)).toEqual(['pending', 'pending']);
    // Delivered: the text is frozen.
    expect(await core.dispatch('veille.report.saveEntry', { reportId: report.id, kind: 'insight', text: 'late', itemIds: [video.id] })).toMatchObject({ ok: false, error: { code: 'veille_report_delivered' } });
    clock = Date.UTC(2026, 2, 10, 9, 0);
    const accepted = await call<RecommendationRow>('veille.recommendation.decide', { id: r.entries[3].id, status: 'accepted', note: 'From April' });
    expect(accepted).toMatchObject({ status: 'accepted', statusAt: clock, statusNote: 'From April', week: '2026-W10', items: 1 });
    await call('veille.recommendation.decide', { id: r.entries[2].id, status: 'declined' });
    expect(await core.dispatch('veille.report.reopen', { id: report.id })).toMatchObject({ ok: false, error: { code: 'veille_report_decided' } });
    expect((await call<ReportListRow[]>('veille.reports.list'))[0]).toMatchObject({ week: '2026-W10', firstDay: '2026-03-02', insights: 1, weakSignals: 1, recommendations: 2, accepted: 1, declined: 1, pending: 0 });
    expect((await call<RecommendationRow[]>('veille.recommendations.list')).map((x) => x.status)).toEqual(['declined', 'accepted']);

    const en = await call<{ markdown: string; fileName: string }>('veille.report.markdown', { id: report.id, language: 'en', locale: 'en-GB' });
    expect(en.fileName).toBe('veille-2026-W10.md');
    expect(en.markdown).toBe(
      [
        '# Week 10: video and paid groups',
        '',
        'Weekly intelligence report · Week 10: 2 March 2026 to 8 March 2026',
        '',
        '_Delivered to management on 6 March 2026_',
        '',
        '**Recommendations accepted by management: 1 of 2**',
        '',
        '## Summary',
        '',
        'Video grows.',
        '',
        'Paid groups appear.',
        '',
        '## Insights',
        '',
        '1. Short video doubles its reach',
        '   - Sources:',
        '     - [Short video keeps growing on LinkedIn](https://trends.example/video)',
        '',
        '## Weak signals',
        '',
        '1. Paid groups at a competitor',
        '   - Sources:',
        '     - [A competitor tests paid community groups](https://trends.example/groups)',
        '',
        '## Recommendations',
        '',
        '1. Do not charge for our group \\[yet\\]',
        '   - Management: **Declined** (10 March 2026)',
        '   - Sources:',
        '     - [A competitor tests paid community groups](https://trends.example/groups)',
        '     - [Short video keeps growing on LinkedIn](https://trends.example/video)',
        '2. Post one short video a week',
        '   - Management: **Accepted** (10 March 2026) — From April',
        '   - Sources:',
        '     - [Short video keeps growing on LinkedIn](https://trends.example/video)',
        '',
        '---',
        '',
        '_Prepared with Coulisses from the monitoring sources of the week; each point cites the items it rests on._',
        '',
      ].join('\n'),
    );
    const fr = await call<{ markdown: string; fileName: string }>('veille.report.markdown', { id: report.id, language: 'fr' });
    expect(fr.fileName).toBe('veille-2026-S10.md');
    expect(fr.markdown).toContain('Rapport de veille hebdomadaire · Semaine 10 : du 2 mars 2026 au 8 mars 2026');
    expect(fr.markdown).toContain('   - Direction : **Refusée** (10 mars 2026)');
    expect(fr.markdown).toContain('## Recommandations');
    // A malformed locale falls back to the language's own.
    expect((await call<{ markdown: string }>('veille.report.markdown', { id: report.id, language: 'fr', locale: 'fr_FR' })).markdown).toBe(fr.markdown);
  });

  it('reopens a delivered report while management has not answered, and keeps a delivered one from deletion', async () => {
    open();
    const item = await add('https://example.com/x');
    const report = await call<VeilleReport>('veille.report.open', { week: '2026-W10' });
    await call('veille.report.saveEntry', { reportId: report.id, kind: 'recommendation', text: 'Do it', itemIds: [item.id] });
    await call('veille.report.deliver', { id: report.id });
    expect(await core.dispatch('veille.report.delete', { id: report.id })).toMatchObject({ ok: false, error: { code: 'veille_report_delivered' } });
    const reopened = await call<VeilleReport>('veille.report.reopen', { id: report.id });
    expect(reopened).toMatchObject({ status: 'draft', deliveredAt: null });
    expect(reopened.entries[0].status).toBeNull();
    expect(await call('veille.report.delete', { id: report.id })).toEqual({ done: true });
  });
});

describe('veille measures', () => {
  it('monitoring hours from the audit against the half-the-job reference, the funnel, and the sources that feed the reports', async () => {
    open();
    const cats = await call<{ id: number; name: string }[]>('audit.categories.list');
    const monitoring = cats.find((c) => /Monitoring/.test(c.name))!;
    const content = cats.find((c) => /Content creation/.test(c.name))!;
    // Tuesday 3 March 2026 in Paris: 3 h of monitoring, 1 h of content.
    await call('audit.entries.create', { start: Date.UTC(2026, 2, 3, 8, 0), end: Date.UTC(2026, 2, 3, 11, 0), tz: 'Europe/Paris', categoryId: monitoring.id });
    await call('audit.entries.create', { start: Date.UTC(2026, 2, 3, 12, 0), end: Date.UTC(2026, 2, 3, 13, 0), tz: 'Europe/Paris', categoryId: content.id });
    const s = await call<VeilleSource>('veille.source.create', { url: 'https://trends.example/feed.xml' });
    const a = await call<VeilleItem>('veille.item.add', { url: 'https://trends.example/a', note: '', sourceId: s.id });
    const b = await call<VeilleItem>('veille.item.add', { url: 'https://trends.example/b', note: '', sourceId: s.id });
    await call('veille.item.triage', { id: b.id, triage: 'skipped' });
    await add('https://elsewhere.example/c');
    const report = await call<VeilleReport>('veille.report.open', { week: '2026-W10' });
    await call('veille.report.saveEntry', { reportId: report.id, kind: 'insight', text: 'x', itemIds: [a.id] });
    const m = await call<VeilleMeasures>('veille.measures', { weeks: 4 });
    expect(m.weeks.map((w) => w.week)).toEqual(['2026-W07', '2026-W08', '2026-W09', '2026-W10']);
    expect(m.weeks[3]).toMatchObject({ firstDay: '2026-03-02', monitoringMinutes: 180, trackedMinutes: 240, share: 0.75, read: 3, kept: 2, cited: 1 });
    // each week counts its own items (the period's funnel is their sum)
    expect(m.weeks.slice(0, 3).map((w) => [w.read, w.kept, w.cited])).toEqual([[0, 0, 0], [0, 0, 0], [0, 0, 0]]);
    expect(m.monitoring).toMatchObject({ minutes: 180, tracked: 240, share: 0.75, reference: 0.5, categories: [{ id: monitoring.id, name: monitoring.name }] });
    expect(m.funnel).toEqual({ added: 3, read: 3, kept: 2, cited: 1 });
    expect(m.sources).toEqual([
      { sourceId: s.id, title: 'trends.example', kept: 1, cited: 1, reports: 1 },
      { sourceId: null, title: null, kept: 1, cited: 0, reports: 0 },
    ]);
    // The user picks the categories that count as monitoring.
    await call('veille.settings.update', { monitoringCategoryIds: [content.id] });
    expect((await call<VeilleMeasures>('veille.measures', { weeks: 1 })).monitoring).toMatchObject({ minutes: 60, share: 0.25 });
  });
});
