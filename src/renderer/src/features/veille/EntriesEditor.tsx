import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi, useApiMutation } from '../../api/hooks';
import { Notice } from '../../components/Notice';
import { errorMessage } from '../../lib/errors';
import { useFormatters } from '../../lib/locale';
import type { EntryKind } from '../../../../shared/veille/constants';
import { REPORT_SECTIONS } from '../../../../shared/veille/reportDocument';
import type { ReportEntry, VeilleReport } from '../../../../shared/veille/types';
import { ENTRY_LABEL, SIGNAL_LABEL } from './labels';

/** Writing a draft: insights, weak signals and recommendations, each citing the items it rests on. */
export function EntriesEditor({ report }: { report: VeilleReport }) {
  const { t } = useTranslation();
  return (
    <section className="card report-controls no-print" aria-labelledby="ventries-h">
      <h2 id="ventries-h">{t('veille.report.writeTitle')}</h2>
      <p className="hint">{t('veille.report.writeHint')}</p>
      {REPORT_SECTIONS.map((s) => (
        <Section key={s.kind} report={report} kind={s.kind} heading={t(s.heading)} />
      ))}
    </section>
  );
}

function Section({ report, kind, heading }: { report: VeilleReport; kind: EntryKind; heading: string }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<number | null>(null);
  const move = useApiMutation('veille.report.moveEntry');
  const remove = useApiMutation('veille.report.deleteEntry');
  const entries = report.entries.filter((e) => e.kind === kind);
  const headingId = `vsec-${kind}`;
  return (
    <div className="entry-section" aria-labelledby={headingId} role="group">
      <h3 id={headingId}>{heading}</h3>
      {entries.length > 0 && (
        <ol className="entry-list">
          {entries.map((e, i) =>
            editing === e.id ? (
              <li key={e.id}>
                <EntryForm report={report} kind={kind} entry={e} onDone={() => setEditing(null)} />
              </li>
            ) : (
              <li key={e.id} className="entry">
                <p className="pre-wrap">{e.text}</p>
                <p className="hint">{t('veille.report.cites', { titles: e.items.map((it) => it.title).join(' · ') })}</p>
                <div className="inline">
                  <button type="button" className="btn small" onClick={() => setEditing(e.id)} aria-label={t('veille.report.editNamed', { kind: t(ENTRY_LABEL[kind].one), n: i + 1 })}>
                    {t('veille.common.edit')}
                  </button>
                  <button type="button" className="btn small" disabled={i === 0} onClick={() => move.mutate({ id: e.id, direction: 'up' })} aria-label={t('veille.report.upNamed', { kind: t(ENTRY_LABEL[kind].one), n: i + 1 })}>
                    ↑
                  </button>
                  <button type="button" className="btn small" disabled={i === entries.length - 1} onClick={() => move.mutate({ id: e.id, direction: 'down' })} aria-label={t('veille.report.downNamed', { kind: t(ENTRY_LABEL[kind].one), n: i + 1 })}>
                    ↓
                  </button>
                  <button type="button" className="btn small danger" onClick={() => remove.mutate({ id: e.id })} aria-label={t('veille.report.deleteNamed', { kind: t(ENTRY_LABEL[kind].one), n: i + 1 })}>
                    {t('veille.common.delete')}
                  </button>
                </div>
              </li>
            ),
          )}
        </ol>
      )}
      {(move.error ?? remove.error) && <Notice kind="error">{errorMessage(t, move.error ?? remove.error)}</Notice>}
      {adding ? (
        <EntryForm report={report} kind={kind} onDone={() => setAdding(false)} />
      ) : (
        <button type="button" className="btn small" onClick={() => setAdding(true)}>
          {t(ENTRY_LABEL[kind].add)}
        </button>
      )}
    </div>
  );
}

function EntryForm({ report, kind, entry, onDone }: { report: VeilleReport; kind: EntryKind; entry?: ReportEntry; onDone(): void }) {
  const { t } = useTranslation();
  const save = useApiMutation('veille.report.saveEntry');
  const [text, setText] = useState(entry?.text ?? '');
  const [itemIds, setItemIds] = useState<number[]>(entry?.items.map((i) => i.id) ?? []);
  const prefix = `ventry-${kind}-${entry?.id ?? 'new'}`;
  return (
    <form
      className="entry-form"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({ reportId: report.id, ...(entry ? { id: entry.id } : {}), kind, text, itemIds }, { onSuccess: onDone });
      }}
    >
      <label htmlFor={`${prefix}-text`}>{t(ENTRY_LABEL[kind].one)}</label>
      <textarea id={`${prefix}-text`} required rows={3} maxLength={4000} value={text} placeholder={t(ENTRY_LABEL[kind].placeholder)} onChange={(e) => setText(e.target.value)} />
      <CitationPicker prefix={prefix} week={report.week} selected={itemIds} onChange={setItemIds} />
      {save.error && <Notice kind="error">{errorMessage(t, save.error)}</Notice>}
      <div className="actions">
        <button type="submit" className="btn primary" disabled={save.isPending || !text.trim()}>
          {entry ? t('veille.common.save') : t('veille.report.addEntry')}
        </button>
        <button type="button" className="btn" onClick={onDone}>
          {t('veille.common.cancel')}
        </button>
      </div>
    </form>
  );
}

/** The kept items to cite (this week's first, or every kept item), with a search. */
function CitationPicker({ prefix, week, selected, onChange }: { prefix: string; week: string; selected: number[]; onChange(ids: number[]): void }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const [allWeeks, setAllWeeks] = useState(false);
  const [query, setQuery] = useState('');
  const list = useApi('veille.items.list', { view: 'kept', ...(allWeeks ? {} : { week }), ...(query.trim() ? { query: query.trim() } : {}), limit: 200 }, { placeholderData: (prev) => prev });
  const items = list.data?.items ?? [];
  const toggle = (id: number, on: boolean) => onChange(on ? [...selected, id] : selected.filter((x) => x !== id));
  return (
    <fieldset className="citations">
      <legend>{t('veille.report.citeLegend', { n: selected.length })}</legend>
      <div className="inline">
        <label className="checkbox">
          <input type="checkbox" checked={allWeeks} onChange={(e) => setAllWeeks(e.target.checked)} />
          {t('veille.report.allKept')}
        </label>
        <label htmlFor={`${prefix}-q`} className="sr-only">
          {t('veille.report.searchKept')}
        </label>
        <input id={`${prefix}-q`} type="search" placeholder={t('veille.report.searchKept')} value={query} onChange={(e) => setQuery(e.target.value)} />
      </div>
      {items.length === 0 ? (
        <p className="muted">{allWeeks ? t('veille.report.noKept') : t('veille.report.noKeptThisWeek')}</p>
      ) : (
        <ul className="citation-list">
          {items.map((it) => (
            <li key={it.id}>
              <label className="checkbox">
                <input type="checkbox" checked={selected.includes(it.id)} onChange={(e) => toggle(it.id, e.target.checked)} />
                <span>
                  {it.starred ? '★ ' : ''}
                  {it.title}
                  <span className="hint">
                    {' '}
                    — {it.sourceTitle ?? t('veille.inbox.byHand')} · {f.date(it.publishedAt ?? it.addedAt)}
                    {it.annotation?.signal ? ` · ${t(SIGNAL_LABEL[it.annotation.signal])}` : ''}
                  </span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
