import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/hooks';
import { useFormatters, userTimeZone } from '../../lib/locale';
import { Block } from './Block';

/** The reply protocol in one line: open cases, overdue, due within the hour, waiting; this week's share of first replies within SLA. */
export function ProtocolBlock() {
  const { t } = useTranslation();
  const f = useFormatters();
  const query = useApi('protocol.summary', { tz: userTimeZone(), weekStartsOn: f.weekStartsOn }, { refetchInterval: 60_000 });
  const s = query.data;
  return (
    <Block id="today-protocol" title={t('protocol.today.title')} link={{ to: '/protocol', label: t('protocol.today.link') }} query={query}>
      {s && (
        <p data-testid="protocol-line">
          {s.open === 0 ? t('protocol.today.none') : t('protocol.today.open', { count: s.open })}
          {s.overdue > 0 && <strong className="td-overdue"> · {t('protocol.today.overdue', { count: s.overdue })}</strong>}
          {s.dueSoon > 0 && <> · {t('protocol.today.dueSoon', { count: s.dueSoon })}</>}
          {s.waiting > 0 && <> · {t('protocol.today.waiting', { count: s.waiting })}</>}
          {s.weekShare !== null && <> · {t('protocol.today.share', { share: f.percent(s.weekShare) })}</>}
        </p>
      )}
    </Block>
  );
}
