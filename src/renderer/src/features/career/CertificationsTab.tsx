import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEMPLATE_KEYS } from '../../../../shared/career/templates';
import { useApi, useApiMutation } from '../../api/hooks';
import { EmptyState } from '../../components/EmptyState';
import { Notice } from '../../components/Notice';
import { errorMessage } from '../../lib/errors';
import { CertificationCard } from './CertificationCard';
import { TEMPLATE_LABEL } from './labels';

export function CertificationsTab() {
  const { t } = useTranslation();
  const list = useApi('career.certification.list');
  const create = useApiMutation('career.certification.create');
  const [template, setTemplate] = useState<(typeof TEMPLATE_KEYS)[number]>('google-analytics');

  return (
    <div className="stack wide">
      <section className="card" aria-labelledby="cert-add-h">
        <h2 id="cert-add-h">{t('career.certs.addTitle')}</h2>
        <p className="hint">{t('career.certs.addHint')}</p>
        <form
          className="inline"
          onSubmit={(e) => {
            e.preventDefault();
            create.mutate({ templateKey: template });
          }}
        >
          <label htmlFor="cert-template">{t('career.certs.template')}</label>
          <select id="cert-template" value={template} onChange={(e) => setTemplate(e.target.value as typeof template)}>
            {TEMPLATE_KEYS.map((k) => (
              <option key={k} value={k}>
                {t(TEMPLATE_LABEL[k])}
              </option>
            ))}
          </select>
          <button type="submit" className="btn primary" disabled={create.isPending}>
            {t('career.certs.add')}
          </button>
        </form>
        {create.isError && <Notice kind="error">{errorMessage(t, create.error)}</Notice>}
      </section>
      {list.isError && <Notice kind="error">{errorMessage(t, list.error)}</Notice>}
      {list.data?.length === 0 && <EmptyState title={t('career.certs.emptyTitle')} body={t('career.certs.emptyBody')} />}
      {list.data?.map((c) => <CertificationCard key={c.id} cert={c} />)}
    </div>
  );
}
