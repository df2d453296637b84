// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { switchLanguage } from '../../i18n';
import { DateField } from './DateField';
import { TimeField } from './TimeField';

beforeAll(() => switchLanguage('en'));

afterEach(async () => {
  cleanup();
  await act(() => switchLanguage('en'));
});

const segments = (group: HTMLElement) => within(group).getAllByRole('spinbutton');
/** Types characters into a segment as a browser does: one beforeinput event per character. */
const typeInto = (el: HTMLElement, text: string) => {
  act(() => el.focus());
  for (const ch of text) fireEvent(el, new InputEvent('beforeinput', { data: ch, inputType: 'insertText', bubbles: true, cancelable: true }));
};

/** A form whose submit handler records what it would save. */
function DayForm({ initial, saved }: { initial: string | null; saved: (string | null)[] }) {
  const [day, setDay] = useState<string | null>(initial);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        saved.push(day);
      }}
    >
      <DateField label="Day" value={day} onChange={setDay} isRequired />
      <output data-testid="value">{day ?? 'null'}</output>
      <button type="submit">Save</button>
    </form>
  );
}

describe('DateField', () => {
  it('follows the app language, not the browser: day first in French, month first in US English', async () => {
    await act(() => switchLanguage('fr'));
    const { unmount } = render(<DayForm initial="2026-03-04" saved={[]} />);
    expect(segments(screen.getByRole('group', { name: 'Day' })).map((s) => s.getAttribute('aria-valuenow'))).toEqual(['4', '3', '2026']);
    unmount();
    await act(() => switchLanguage('en'));
    render(<DayForm initial="2026-03-04" saved={[]} />);
    expect(segments(screen.getByRole('group', { name: 'Day' })).map((s) => s.getAttribute('aria-valuenow'))).toEqual(['3', '4', '2026']);
  });

  it('reports a day typed in full, and null while a part is missing; the form cannot submit the previous day', async () => {
    await act(() => switchLanguage('fr'));
    const saved: (string | null)[] = [];
    render(<DayForm initial="2026-03-04" saved={saved} />);
    const [day, , year] = segments(screen.getByRole('group', { name: 'Day' }));
    // Clearing the year leaves a date in part: the value is null, a message says why, nothing is saved.
    act(() => year.focus());
    for (let i = 0; i < 4; i++) fireEvent.keyDown(year, { key: 'Backspace' });
    expect(screen.getByTestId('value').textContent).toBe('null');
    expect(screen.getByRole('alert').textContent).toMatch(/incomplète/);
    fireEvent.submit(screen.getByRole('button', { name: 'Save' }).closest('form')!);
    expect(saved).toEqual([]);
    // Typing it back gives the whole day again, and the form saves it.
    typeInto(year, '2027');
    expect(screen.getByTestId('value').textContent).toBe('2027-03-04');
    typeInto(day, '17');
    expect(screen.getByTestId('value').textContent).toBe('2027-03-17');
    fireEvent.submit(screen.getByRole('button', { name: 'Save' }).closest('form')!);
    expect(saved).toEqual(['2027-03-17']);
  });

  it('submits the day under its name in a FormData form, and blocks an empty required one', () => {
    const got: string[] = [];
    render(
      <form
        onSubmit={(e) => {
          e.preventDefault();
          got.push(String(new FormData(e.currentTarget).get('due')));
        }}
      >
        <DateField label="Due" name="due" defaultValue="2026-11-30" isRequired />
        <DateField label="Done" name="done" defaultValue={null} />
        <button type="submit">Save</button>
      </form>,
    );
    fireEvent.submit(screen.getByRole('button', { name: 'Save' }).closest('form')!);
    expect(got).toEqual(['2026-11-30']);
    cleanup();
    render(
      <form onSubmit={(e) => (e.preventDefault(), got.push('submitted'))}>
        <DateField label="Due" name="due" defaultValue={null} isRequired />
        <button type="submit">Save</button>
      </form>,
    );
    fireEvent.submit(screen.getByRole('button', { name: 'Save' }).closest('form')!);
    expect(got).toEqual(['2026-11-30']);
    expect(screen.getByRole('alert').textContent).toBe('Fill in this field.');
  });
});

function TimeForm({ saved, endOfDay, initial = 540 }: { saved: (number | null)[]; endOfDay?: boolean; initial?: number }) {
  const [m, setM] = useState<number | null>(initial);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        saved.push(m);
      }}
    >
      <TimeField label="Start" value={m} onChange={setM} endOfDay={endOfDay} />
      <output data-testid="value">{String(m)}</output>
      <button type="submit">Save</button>
    </form>
  );
}

describe('TimeField', () => {
  it('uses the 24-hour clock in French and AM/PM in US English', async () => {
    await act(() => switchLanguage('fr'));
    const { unmount } = render(<TimeForm saved={[]} initial={21 * 60 + 30} />);
    expect(segments(screen.getByRole('group', { name: 'Start' })).map((s) => s.getAttribute('aria-valuenow'))).toEqual(['21', '30']);
    unmount();
    await act(() => switchLanguage('en'));
    render(<TimeForm saved={[]} initial={21 * 60 + 30} />);
    const parts = segments(screen.getByRole('group', { name: 'Start' }));
    expect(parts).toHaveLength(3); // hour, minute, AM/PM
    expect(parts[0].getAttribute('aria-valuenow')).toBe('9');
  });

  it('junk or a cleared part is not the previous time: null, a message, and no submit', async () => {
    await act(() => switchLanguage('fr'));
    const saved: (number | null)[] = [];
    render(<TimeForm saved={saved} />);
    const [hour, minute] = segments(screen.getByRole('group', { name: 'Start' }));
    typeInto(minute, 'x');
    expect(screen.getByTestId('value').textContent).toBe('540');
    act(() => minute.focus());
    fireEvent.keyDown(minute, { key: 'Backspace' });
    fireEvent.keyDown(minute, { key: 'Backspace' });
    expect(screen.getByTestId('value').textContent).toBe('null');
    fireEvent.submit(screen.getByRole('button', { name: 'Save' }).closest('form')!);
    expect(saved).toEqual([]);
    typeInto(minute, '45');
    typeInto(hour, '14');
    expect(screen.getByTestId('value').textContent).toBe(String(14 * 60 + 45));
  });

  it('an end-of-day field reads 00:00 as 24:00 (1440 minutes)', async () => {
    await act(() => switchLanguage('fr'));
    render(<TimeForm saved={[]} endOfDay initial={1440} />);
    expect(segments(screen.getByRole('group', { name: 'Start' })).map((s) => s.getAttribute('aria-valuenow'))).toEqual(['0', '0']);
    expect(screen.getByTestId('value').textContent).toBe('1440');
  });
});
