import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/Notice';
import { importErrorText } from './importErrors';

/** The line-numbered errors of a protocol import's preview (cases or vendor counts): nothing is imported until they are fixed. */
export function ImportErrorList({ errors }: { errors: readonly { line: number; code: string; params?: Record<string, string | number> }[] }) {
  const { t } = useTranslation();
  return (
    <Notice kind="error">
      <p>{t('protocol.import.hasErrors', { count: errors.length })}</p>
      <ul className="error-list">
        {errors.map((err, i) => (
          <li key={i}>{importErrorText(err, t)}</li>
        ))}
      </ul>
    </Notice>
  );
}
