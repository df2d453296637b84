// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { beforeAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { switchLanguage } from '../i18n';
import { ChartFigure, LARGE_SERIES, useChartAnimation } from './ChartFigure';

beforeAll(() => switchLanguage('en'));

// jsdom has no matchMedia: answer the two queries the figure asks (print, reduced motion).
let reducedMotion = false;
beforeEach(() => {
  reducedMotion = false;
  window.matchMedia = ((query: string) => ({
    matches: query.includes('reduced-motion') ? reducedMotion : false,
    media: query,
    addEventListener() {},
    removeEventListener() {},
  })) as unknown as typeof window.matchMedia;
});
afterEach(cleanup);

/** Stands in for a recharts body: says whether the figure lets it animate. */
function Probe() {
  return <span data-testid="probe">{useChartAnimation() ? 'animated' : 'still'}</span>;
}
const rows = (n: number) => Array.from({ length: n }, (_, i) => [`day ${i}`, String(i)]);

describe('ChartFigure', () => {
  it('hides the drawing from assistive technology and opens its numbers as a named table', () => {
    render(
      <ChartFigure title="Hours per day" caption="Hours per day, stacked by mode." head={['Day', 'Deep']} rows={rows(3)}>
        <Probe />
      </ChartFigure>,
    );
    const figure = screen.getByRole('figure', { name: 'Hours per day' });
    expect(screen.getByTestId('probe').closest('[aria-hidden="true"]')).not.toBeNull();
    expect(figure.querySelector('figcaption')!.textContent).toContain('Hours per day, stacked by mode.');
    const toggle = screen.getByRole('button', { name: 'Show the numbers' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    const data = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(data.className).toContain('collapsed');
    act(() => fireEvent.click(toggle));
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.textContent).toBe('Hide the numbers');
    expect(data.className).not.toContain('collapsed');
    expect(screen.getByRole('table', { name: 'Hours per day' })).toBeTruthy();
    expect(screen.getAllByRole('rowheader').map((c) => c.textContent)).toEqual(['day 0', 'day 1', 'day 2']);
    expect(screen.getByRole('region', { name: 'Hours per day' }).tabIndex).toBe(0);
  });

  it('animates a short series only, and never for a user who asked for reduced motion', () => {
    const view = (n: number) => (
      <ChartFigure caption="c" head={['Day', 'n']} rows={rows(n)}>
        <Probe />
      </ChartFigure>
    );
    const { rerender } = render(view(LARGE_SERIES));
    expect(screen.getByTestId('probe').textContent).toBe('animated');
    rerender(view(LARGE_SERIES + 1));
    expect(screen.getByTestId('probe').textContent).toBe('still');
    reducedMotion = true;
    rerender(view(3));
    expect(screen.getByTestId('probe').textContent).toBe('still');
  });
});
