import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * An item's address as text with a "Copy the link" button. The app does not open it: the window
 * never navigates away and the browser opens only an allowlist of help sites (SECURITY.md).
 */
export function CopyLink({ url }: { url: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  return (
    <p className="copy-link">
      <code>{url}</code>
      <button
        type="button"
        className="btn small"
        onClick={() => {
          void navigator.clipboard?.writeText(url).then(
            () => setCopied(true),
            () => setCopied(false),
          );
        }}
      >
        {t('veille.item.copyLink')}
      </button>
      <span className="hint" role="status">
        {copied ? t('veille.item.copied') : ''}
      </span>
    </p>
  );
}
