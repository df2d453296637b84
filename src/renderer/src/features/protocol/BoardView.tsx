import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showRedactions } from '../../../../shared/protocol/personalData';
import type { CaseState } from '../../../../shared/protocol/constants';
import type { Case } from '../../../../shared/protocol/types';
import type { Translate } from '../../../../shared/reports/format';
import { useApi } from '../../api/hooks';
import { DataTable } from '../../components/DataTable';
import { Notice } from '../../components/Notice';
import { errorMessage } from '../../lib/errors';
import { useFormatters } from '../../lib/locale';
import { CaseCard } from './CaseCard';
import { openCaseCapture } from './CaseCapture';
import { typeLabel } from './protocolUi';
import { Suggestions } from './Suggestions';

const CaseDialog = lazy(() => import('./CaseDialog'));
const ImportCasesDialog = lazy(() => import('./ImportCasesDialog'));

/** The board's columns: the states they gather. */
const COLUMNS: { id: string; title: string; hint: string; states: CaseState[] }[] = [
  { id: 'col-open', title: 'protocol.board.toAnswer', hint: 'protocol.board.toAnswerHint', states: ['open'] },
  { id: 'col-progress', title: 'protocol.board.inProgress', hint: 'protocol.board.inProgressHint', states: ['replied', 'private'] },
  { id: 'col-handed', title: 'protocol.board.handed', hint: 'protocol.board.handedHint', states: ['handed'] },
  { id: 'col-waiting', title: 'protocol.board.waiting', hint: 'protocol.board.waitingHint', states: ['waiting'] },
];

/** The board of cases with live SLA clocks (refreshed every 30 seconds), the most urgent first in each column. */
export default function BoardView() {
  const { t } = useTranslation();
  const tr = t as unknown as Translate;
  const f = useFormatters();
  const board = useApi('protocol.cases.board', undefined, { refetchInterval: 30_000 });
  const types = useApi('protocol.types.list');
  const [openId, setOpenId] = useState<number | null>(null);
  const [importing, setImporting] = useState(false);
  const typeOf = (c: Case) => types.data?.find((x) => x.id === c.typeId);
  const b = board.data;
  const overdue = b ? b.cases.filter((c) => c.firstReply.state === 'overdue' || c.resolution.state === 'overdue').length : 0;

  return (
    <div className="stack protocol-board">
      <div className="board-toolbar">
        <button type="button" className="btn primary" aria-keyshortcuts="C" onClick={openCaseCapture}>
          {t('protocol.board.log')} <kbd aria-hidden="true">C</kbd>
        </button>
        <button type="button" className="btn" onClick={() => setImporting(true)}>
          {t('protocol.board.import')}
        </button>
        {b && (
          <p className="muted board-count" role="status">
            {t('protocol.board.count', { count: b.cases.length })}
            {overdue > 0 && <strong className="overdue-text"> · {t('protocol.board.overdueCount', { count: overdue })}</strong>}
          </p>
        )}
      </div>
      <Suggestions />
      {(board.error || types.error) && <Notice kind="error">{errorMessage(t, board.error ?? types.error)}</Notice>}
      {!b ? (
        !board.error && <p className="loading">{t('protocol.loading')}</p>
      ) : (
        <>
          {b.cases.length === 0 && (
            <Notice kind="info">
              {t('protocol.board.empty')}
            </Notice>
          )}
          <div className="board-columns">
            {COLUMNS.map((col) => {
              const cases = b.cases.filter((c) => col.states.includes(c.state));
              return (
                <section key={col.id} className="board-column" aria-labelledby={col.id}>
                  <h2 id={col.id}>
                    {t(col.title)} <span className="column-count">{f.number(cases.length, 0)}</span>
                  </h2>
                  <p className="hint">{t(col.hint)}</p>
                  {cases.length > 0 ? (
                    <ul className="case-list">
                      {cases.map((c) => (
                        <CaseCard key={c.id} c={c} type={typeOf(c)} now={b.now} onOpen={() => setOpenId(c.id)} />
                      ))}
                    </ul>
                  ) : (
                    <p className="muted column-empty">{t('protocol.board.columnEmpty')}</p>
                  )}
                </section>
              );
            })}
          </div>
          <section className="card" aria-labelledby="resolved-h">
            <h2 id="resolved-h">{t('protocol.board.resolved')}</h2>
            <DataTable
              labelledBy="resolved-h"
              rows={b.resolved}
              rowKey={(c) => c.id}
              empty={<p className="muted">{t('protocol.board.noneResolved')}</p>}
              columns={[
                { key: 'when', header: t('protocol.col.resolvedAt'), cell: (c) => f.dateTime(c.resolvedAt!) },
                { key: 'type', header: t('protocol.col.type'), cell: (c) => typeLabel(typeOf(c), tr) },
                { key: 'text', header: t('protocol.col.text'), rowHeader: true, cell: (c) => showRedactions(c.text, tr) },
                { key: 'channel', header: t('protocol.col.channel'), cell: (c) => c.channel },
                { key: 'sla', header: t('protocol.col.sla'), cell: (c) => (c.firstReply.state === 'met' && c.resolution.state === 'met' ? t('protocol.sla.met') : t('protocol.sla.missed')) },
              ]}
              actions={(c) => (
                <button type="button" className="btn small" aria-label={t('protocol.board.openCase', { text: showRedactions(c.text, tr) })} onClick={() => setOpenId(c.id)}>
                  {t('protocol.board.open')}
                </button>
              )}
            />
          </section>
        </>
      )}
      <Suspense fallback={null}>
        {openId !== null && <CaseDialog id={openId} onClose={() => setOpenId(null)} />}
        {importing && <ImportCasesDialog onClose={() => setImporting(false)} />}
      </Suspense>
    </div>
  );
}
