import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTimeText, parseTimeText } from '../lib/timeText';
import { useFormatters } from '../lib/locale';

interface Props {
  id?: string;
  label?: string;
  value: number | null;
  disabled?: boolean;
  onChange(minutes: number): void;
}

/**
 * A time of day typed in the locale's own clock. Native <input type=time> follows the browser's
 * UI language, not the app's, so French users would see AM/PM; this one does not.
 */
export function TimeField({ id, label, value, disabled, onChange }: Props) {
  const { t } = useTranslation();
  const { locale } = useFormatters();
  const [text, setText] = useState(value === null ? '' : formatTimeText(value, locale));
  const [invalid, setInvalid] = useState(false);

  useEffect(() => {
    setText(value === null ? '' : formatTimeText(value, locale));
    setInvalid(false);
  }, [value, locale]);

  const commit = () => {
    const parsed = parseTimeText(text);
    if (parsed === null) {
      setInvalid(text.trim() !== '');
      return;
    }
    setInvalid(false);
    setText(formatTimeText(parsed, locale));
    if (parsed !== value) onChange(parsed);
  };

  return (
    <input
      id={id}
      type="text"
      inputMode="numeric"
      className="time-field"
      aria-label={label}
      aria-invalid={invalid || undefined}
      title={invalid ? t('common.timeHint') : undefined}
      placeholder={disabled ? '' : formatTimeText(540, locale)}
      disabled={disabled}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
      }}
    />
  );
}
