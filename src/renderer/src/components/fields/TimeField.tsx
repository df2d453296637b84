import { Time } from '@internationalized/date';
import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { DateInput, DateSegment, I18nProvider, Label, TimeField as AriaTimeField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { CompletenessProbe, type Completeness } from './useCompleteness';
import { leadingZeros, useFieldLocale } from './fieldLocale';
import { useFormGuard } from './useFormGuard';

export interface TimeFieldProps {
  /** The visible label (or, with `hideLabel`, the accessible name only). */
  label: string;
  hideLabel?: boolean;
  /** Minutes since local midnight (0–1439; 1440 with `endOfDay`); null when empty. */
  value: number | null;
  /** Called with whole minutes, or null while the field is empty or holds only part of a time. */
  onChange(minutes: number | null): void;
  /** An end time: 00:00 means the end of the day (1440), not its start. */
  endOfDay?: boolean;
  isRequired?: boolean;
  isDisabled?: boolean;
  className?: string;
  /** Shown right after the input (a hint such as "next day"). */
  suffix?: ReactNode;
  id?: string;
}

const toTime = (m: number | null, endOfDay?: boolean): Time | null => (m === null ? null : endOfDay && m === 1440 ? new Time(0, 0) : new Time(Math.floor(m / 60), m % 60));

/**
 * A time of day typed in the app's language (French: 24-hour clock; US English: 12-hour with
 * AM/PM), built on react-aria's TimeField. A time typed only in part is reported as null to
 * `onChange`, marked invalid with a message, and keeps the enclosing form from submitting; so
 * is an empty required field.
 */
export function TimeField({ label, hideLabel, value, onChange, endOfDay, isRequired, isDisabled, className, suffix, id }: TimeFieldProps) {
  const { t } = useTranslation();
  const locale = useFieldLocale();
  const [inner, setInner] = useState<Time | null>(() => toTime(value, endOfDay));
  const [completeness, setCompleteness] = useState<Completeness>(value === null ? 'empty' : 'complete');
  const [showError, setShowError] = useState(false);
  const emitted = useRef<number | null>(value);
  const groupRef = useRef<HTMLDivElement>(null);
  const errorId = useId();

  useEffect(() => {
    if (value !== emitted.current) {
      emitted.current = value;
      setInner(toTime(value, endOfDay));
    }
  }, [value, endOfDay]);

  const minutes = completeness === 'complete' && inner ? inner.hour * 60 + inner.minute : null;
  const whole = minutes === 0 && endOfDay ? 1440 : minutes;
  useLayoutEffect(() => {
    if (whole !== emitted.current) {
      emitted.current = whole;
      onChange(whole);
    }
  }, [whole, onChange]);

  const report = useCallback((c: Completeness) => setCompleteness(c), []);
  useFormGuard(groupRef, completeness === 'incomplete' || (Boolean(isRequired) && whole === null), () => {
    setShowError(true);
    groupRef.current?.querySelector<HTMLElement>('[role=spinbutton]')?.focus();
  });
  const message = completeness === 'incomplete' ? t('common.fields.timeIncomplete') : isRequired && whole === null && showError ? t('common.fields.required') : null;

  return (
    <I18nProvider locale={locale}>
      <AriaTimeField
        className={['rac-field', className].filter(Boolean).join(' ')}
        value={inner}
        onChange={setInner}
        isRequired={isRequired}
        isDisabled={isDisabled}
        isInvalid={Boolean(message)}
        validationBehavior="aria"
        shouldForceLeadingZeros={leadingZeros(locale, 'time')}
        aria-label={hideLabel ? label : undefined}
        aria-describedby={message ? errorId : undefined}
        id={id}
      >
        {!hideLabel && <Label className="rac-label">{label}</Label>}
        <div className="field-control">
          <div className="field-row">
            <DateInput ref={groupRef} className="segments time-input">
              {(segment) => (
                <>
                  <DateSegment segment={segment} className="segment" />
                  <CompletenessProbe onReport={report} />
                </>
              )}
            </DateInput>
            {suffix}
          </div>
          {message && (
            <span id={errorId} className="field-error" role="alert">
              {message}
            </span>
          )}
        </div>
      </AriaTimeField>
    </I18nProvider>
  );
}
