// Drives the app's date and time fields (react-aria segments) the way a person does: focus a
// segment and type digits; the field moves to the next segment by itself.
import type { Locator, Page } from '@playwright/test';

type Scope = Page | Locator;

/** A date or time field by its label (its group of segments). */
export function field(scope: Scope, name: string): Locator {
  return scope.getByRole('group', { name, exact: true });
}

async function typeSegment(group: Locator, type: string, text: string): Promise<void> {
  const segment = group.locator(`[data-type="${type}"]`);
  await segment.focus();
  await segment.pressSequentially(text);
}

/** Types a day given as 'YYYY-MM-DD' into the field, whatever the order of its segments. */
export async function fillDate(group: Locator, day: string): Promise<void> {
  const [y, m, d] = day.split('-');
  await typeSegment(group, 'year', y);
  await typeSegment(group, 'month', m);
  await typeSegment(group, 'day', d);
}

/** Types a time given as 'H:MM' or 'HH:MM' (24-hour) into the field, in its own clock (AM/PM when it has one). */
export async function fillTime(group: Locator, time: string): Promise<void> {
  const [h, m] = time.split(':').map(Number);
  // count() does not wait: let the field render before asking whether it has an AM/PM part.
  await group.locator('[data-type="hour"]').waitFor();
  const twelve = (await group.locator('[data-type="dayPeriod"]').count()) > 0;
  const hour = twelve ? ((h + 11) % 12) + 1 : h;
  // The hour without a leading zero: a 12-hour segment reads "0" as nothing and "06" oddly.
  await typeSegment(group, 'hour', String(hour));
  await typeSegment(group, 'minute', String(m).padStart(2, '0'));
  if (twelve) {
    // Toggle AM/PM with the arrow key until it reads what is wanted (typing a letter depends on
    // the localized marker; the arrow works the same in every locale).
    const period = group.locator('[data-type="dayPeriod"]');
    await period.focus();
    const wanted = h < 12 ? 'AM' : 'PM';
    for (let i = 0; i < 2 && (await period.textContent())?.trim() !== wanted; i++) await period.press('ArrowUp');
  }
}

/** What the field shows, as one string ("10:00 AM", "04/03/2026"), without the direction marks. */
export async function fieldText(group: Locator): Promise<string> {
  return ((await group.textContent()) ?? '').replace(/[\u2066-\u2069\u200e\u200f]/g, '').replace(/\s+/g, ' ').trim();
}
