import { parseDate, type CalendarDate } from '@internationalized/date';
import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import {
  Button,
  Calendar,
  CalendarCell,
  CalendarGrid,
  DateInput,
  DatePicker,
  DateSegment,
  Dialog,
  Group,
  Heading,
  I18nProvider,
  Label,
  Popover,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { isLocalDay, type LocalDay } from '../../../../shared/time';
import { CompletenessProbe, type Completeness } from './useCompleteness';
import { leadingZeros, useFieldLocale } from './fieldLocale';
import { useFormGuard } from './useFormGuard';

export interface DateFieldProps {
  /** The visible label (or, with `hideLabel`, the accessible name only). */
  label: string;
  hideLabel?: boolean;
  /** Controlled value, 'YYYY-MM-DD'; null when empty. Leave undefined and use `defaultValue` for a form read with FormData. */
  value?: LocalDay | null;
  defaultValue?: LocalDay | null;
  /** Called with the whole day, or null while the field is empty, incomplete or out of range. */
  onChange?(value: LocalDay | null): void;
  /** Submitted under this name (FormData): the day, or '' while it is not a whole valid day. */
  name?: string;
  minValue?: LocalDay;
  maxValue?: LocalDay;
  isRequired?: boolean;
  isDisabled?: boolean;
  className?: string;
  /** Shown right after the input (a hint such as "next day"). */
  suffix?: ReactNode;
  /** An id for tests and for aria-describedby of other fields. */
  id?: string;
}

const toCalendar = (v: LocalDay | null | undefined): CalendarDate | null => (v && isLocalDay(v) ? parseDate(v) : null);

/**
 * A calendar day typed in the app's language (French: dd/mm/yyyy, Monday first in the calendar)
 * with a calendar to pick from, built on react-aria's DatePicker. Unlike <input type=date>, it
 * follows the app's language, not the browser's. A day typed only in part, or outside
 * [minValue, maxValue], is reported as null to `onChange`, is marked invalid with a message,
 * and keeps the enclosing form from submitting; so is an empty required field.
 */
export function DateField({ label, hideLabel, value, defaultValue, onChange, name, minValue, maxValue, isRequired, isDisabled, className, suffix, id }: DateFieldProps) {
  const { t } = useTranslation();
  const locale = useFieldLocale();
  const controlled = value !== undefined;
  const [inner, setInner] = useState<CalendarDate | null>(() => toCalendar(controlled ? value : defaultValue));
  const [completeness, setCompleteness] = useState<Completeness>(inner ? 'complete' : 'empty');
  const [outOfRange, setOutOfRange] = useState(false);
  const [showError, setShowError] = useState(false);
  const emitted = useRef<LocalDay | null | undefined>(controlled ? value : undefined);
  const groupRef = useRef<HTMLDivElement>(null);
  const errorId = useId();

  // A new value from the parent (not the one this field just reported) replaces what is shown.
  useEffect(() => {
    if (controlled && value !== emitted.current) {
      emitted.current = value;
      setInner(toCalendar(value));
    }
  }, [controlled, value]);

  const whole = completeness === 'complete' && !outOfRange ? (inner?.toString() ?? null) : null;
  useLayoutEffect(() => {
    if (whole !== emitted.current) {
      emitted.current = whole;
      onChange?.(whole);
    }
  }, [whole, onChange]);

  const report = useCallback((c: Completeness) => setCompleteness(c), []);
  const blocked = completeness === 'incomplete' || outOfRange || (Boolean(isRequired) && whole === null);
  useFormGuard(groupRef, blocked, () => {
    setShowError(true);
    groupRef.current?.querySelector<HTMLElement>('[role=spinbutton]')?.focus();
  });

  const message = completeness === 'incomplete' ? t('common.fields.dateIncomplete') : outOfRange ? t('common.fields.dateOutOfRange') : isRequired && whole === null && showError ? t('common.fields.required') : null;
  const invalid = completeness === 'incomplete' || outOfRange || Boolean(message);

  return (
    <I18nProvider locale={locale}>
      <DatePicker
        className={['rac-field', className].filter(Boolean).join(' ')}
        value={inner}
        onChange={(v) => {
          setInner(v);
          setOutOfRange(Boolean(v && ((minValue && v.toString() < minValue) || (maxValue && v.toString() > maxValue))));
        }}
        minValue={toCalendar(minValue)}
        maxValue={toCalendar(maxValue)}
        isRequired={isRequired}
        isDisabled={isDisabled}
        isInvalid={invalid}
        validationBehavior="aria"
        shouldForceLeadingZeros={leadingZeros(locale, 'date')}
        aria-label={hideLabel ? label : undefined}
        aria-describedby={message ? errorId : undefined}
        id={id}
      >
        {!hideLabel && <Label className="rac-label">{label}</Label>}
        <div className="field-control">
          <div className="field-row">
          <Group ref={groupRef} className="date-input">
            <DateInput className="segments">
              {(segment) => (
                // The field state is provided only inside DateInput, per segment: each segment
                // reports the same completeness (identical reports do not re-render).
                <>
                  <DateSegment segment={segment} className="segment" />
                  <CompletenessProbe onReport={report} />
                </>
              )}
            </DateInput>
            <Button className="field-button" aria-label={t('common.fields.openCalendar')}>
              <span aria-hidden="true">▾</span>
            </Button>
          </Group>
          {suffix}
          </div>
          {message && (
            <span id={errorId} className="field-error" role="alert">
              {message}
            </span>
          )}
          {name !== undefined && <input type="hidden" name={name} value={whole ?? ''} />}
        </div>
        <Popover className="calendar-popover" placement="bottom start">
          <Dialog className="calendar-dialog" aria-label={label}>
            <Calendar className="calendar">
              <header className="calendar-header">
                <Button slot="previous" className="btn small">
                  ‹
                </Button>
                <Heading className="calendar-heading" />
                <Button slot="next" className="btn small">
                  ›
                </Button>
              </header>
              <CalendarGrid className="calendar-grid">{(date) => <CalendarCell date={date} className="calendar-cell" />}</CalendarGrid>
            </Calendar>
          </Dialog>
        </Popover>
      </DatePicker>
    </I18nProvider>
  );
}
