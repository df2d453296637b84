import { describe, expect, it } from 'vitest';
import { translator } from '../shared/i18n';
import { folderLockedText, menuLabels, trayView } from './shellLabels';

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

describe('the folder-locked message', () => {
  const params = { dir: '/home/a/Coulisses', pid: 4242, mode: 'browser' as const, since: Date.UTC(2026, 2, 12, 13, 5) };
  it('names the holder and since when, in each language (French: 24-hour clock)', () => {
    const en = folderLockedText(translator('en'), 'en', params);
    expect(en.title).toBe('Coulisses is already open');
    expect(en.message).toContain('/home/a/Coulisses');
    expect(en.message).toContain('browser mode, process 4242, since Mar 12, 2026');
    const fr = folderLockedText(translator('fr'), 'fr', { ...params, mode: 'electron' });
    expect(fr.message).toContain('application de bureau, processus 4242, depuis le 12 mars 2026');
    expect(fr.message).toMatch(/\d{2}:\d{2}/);
    expect(fr.message).not.toMatch(/AM|PM/);
  });
  it('says less when the holder is unknown', () => {
    expect(folderLockedText(translator('en'), 'en', { ...params, pid: -1, since: -1 }).message).toBe('The data folder /home/a/Coulisses is in use by another Coulisses. Close it first, then start again.');
  });
});
