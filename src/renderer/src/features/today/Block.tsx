import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Notice } from '../../components/Notice';
import { errorMessage } from '../../lib/errors';

interface Props {
  id: string;
  title: string;
  /** where the user acts on this block */
  link: { to: string; label: string };
  query: { isPending: boolean; error: unknown };
  /** two columns wide on wide screens (a table) */
  wide?: boolean;
  children: ReactNode;
}

/** One card of the Today screen: a title, its content (or loading / error), and a link to act. */
export function Block({ id, title, link, query, wide, children }: Props) {
  const { t } = useTranslation();
  return (
    <section className={wide ? 'card today-block wide' : 'card today-block'} aria-labelledby={id} data-testid={id}>
      <h2 id={id}>{title}</h2>
      <div className="today-body">
        {query.error ? <Notice kind="error">{errorMessage(t, query.error)}</Notice> : query.isPending ? <p className="loading">{t('today.loading')}</p> : children}
      </div>
      <Link className="today-link" to={link.to}>
        {link.label} <span aria-hidden="true">→</span>
      </Link>
    </section>
  );
}
