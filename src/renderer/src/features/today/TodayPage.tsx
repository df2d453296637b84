import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { useFormatters, userTimeZone } from '../../lib/locale';
import { CalendarBlock } from './CalendarBlock';
import { CareerBlock } from './CareerBlock';
import { InterruptionsBlock, LateEveningsBlock, TodayTimeBlock, WeekBlock } from './AuditBlocks';
import { Welcome } from './Welcome';
import { TodayCharterLine } from '../charter/TodayCharterLine';
import { ProtocolBlock } from './ProtocolBlock';
import './today.css';

export default function TodayPage() {
  const { t } = useTranslation();
  const f = useFormatters();
  const tz = userTimeZone();
  const overview = useApi('reports.today', { tz, weekStartsOn: f.weekStartsOn });
  const calendar = useApi('calendar.summary', { weekStartsOn: f.weekStartsOn });
  const career = useApi('career.summary');
  const o = overview.data;
  const brandNew = o && o.today.trackedMinutes === 0 && o.thisWeek.trackedMinutes === 0 && o.lastWeek.trackedMinutes === 0 && career.data && !career.data.hasPlan;

  return (
    <>
      <PageHeader title={t('today.title')} subtitle={o ? f.date(o.now, { dateStyle: 'full' }) : t('today.subtitle')} />
      {brandNew && <Welcome />}
      <TodayCharterLine tz={tz} weekStartsOn={f.weekStartsOn} />
      {/* data-today-ready marks the moment every block has its data (the benchmark waits for it). */}
      <div className="today-grid" data-today-ready={o && calendar.data && career.data ? 'true' : undefined}>
        <TodayTimeBlock query={overview} />
        <WeekBlock query={overview} />
        <InterruptionsBlock query={overview} />
        <CalendarBlock query={calendar} />
        <CareerBlock query={career} />
        <LateEveningsBlock query={overview} />
        <ProtocolBlock />
      </div>
    </>
  );
}
