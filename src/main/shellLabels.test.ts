import { describe, expect, it } from 'vitest';
import { translator } from '../shared/i18n';
import { menuLabels, trayView } from './shellLabels';

describe('menu labels', () => {
  it('reads the catalogue in English', () => {
    expect(menuLabels(translator('en'))).toEqual({
      file: 'File',
      today: 'Today',
      audit: 'Audit',
      calendar: 'Calendar',
      career: 'Career',
      reports: 'Reports',
      settings: 'Settings',
      backupNow: 'Back Up Now',
      logInterruption: 'Log Interruption',
      newIdea: 'New Content Idea',
    });
  });

  it('reads the catalogue in French, with the typographic apostrophe', () => {
    expect(menuLabels(translator('fr'))).toEqual({
      file: 'Fichier',
      today: 'Aujourd’hui',
      audit: 'Audit',
      calendar: 'Calendrier',
      career: 'Carrière',
      reports: 'Rapports',
      settings: 'Réglages',
      backupNow: 'Sauvegarder maintenant',
      logInterruption: 'Noter une interruption',
      newIdea: 'Nouvelle idée de contenu',
    });
  });
});

describe('tray view', () => {
  const start = Date.UTC(2026, 2, 2, 9, 0);

  it('shows no timer in either language', () => {
    expect(trayView(translator('en'), null, start)).toEqual({
      status: 'No timer running',
      tooltip: 'Coulisses — No timer running',
      interruption: 'Log an interruption',
      open: 'Open Coulisses',
      quit: 'Quit',
    });
    expect(trayView(translator('fr'), null, start)).toEqual({
      status: 'Aucun chrono en cours',
      tooltip: 'Coulisses — Aucun chrono en cours',
      interruption: 'Noter une interruption',
      open: 'Ouvrir Coulisses',
      quit: 'Quitter',
    });
  });

  it('shows the running category and whole minutes elapsed, rounded down', () => {
    const view = trayView(translator('fr'), { category: 'Modération {{x}}', start }, start + 12 * 60_000 + 59_999);
    expect(view.status).toBe('● Modération {{x}} — 12 min');
    expect(view.tooltip).toBe('Coulisses — ● Modération {{x}} — 12 min');
  });
});
