import { useTranslation } from 'react-i18next';
import { showRedactions } from '../../../../shared/protocol/personalData';
import type { Case, RequestType } from '../../../../shared/protocol/types';
import type { Translate } from '../../../../shared/reports/format';
import { useFormatters } from '../../lib/locale';
import { typeLabel } from './protocolUi';
import { SlaClock } from './SlaClock';

/** One case on the board: a button that opens it, with its type, channel, text and live SLA clock. */
export function CaseCard({ c, type, now, onOpen }: { c: Case; type: RequestType | undefined; now: number; onOpen(): void }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const overdue = c.firstReply.state === 'overdue' || c.resolution.state === 'overdue';
  return (
    <li>
      <button type="button" className={`case-card level-${type?.level ?? 0}${overdue ? ' overdue' : ''}`} onClick={onOpen} data-testid={`case-${c.id}`}>
        <span className="case-head">
          <span className="case-type">{typeLabel(type, t as unknown as Translate)}</span>
          <span className="case-meta">
            {c.channel} · {c.visibility === 'public' ? t('protocol.visibility.public') : t('protocol.visibility.private')}
            {c.reach !== null ? ` · ${t('protocol.case.reachShort', { reach: f.number(c.reach, 0) })}` : ''}
          </span>
        </span>
        <span className="case-text">{showRedactions(c.text, t as unknown as Translate)}</span>
        <span className="case-foot">
          <SlaClock c={c} now={now} />
          {c.tags.length > 0 && <span className="case-tags">{c.tags.map((tag) => `#${tag}`).join(' ')}</span>}
        </span>
      </button>
    </li>
  );
}
