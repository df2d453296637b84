// Issue 14: the guided first run, in both languages: the browser's language wins over the
// server's, every step saves what it shows, a time typed in part keeps the step open, and
// Settings reopens it and offers to rename the presets after a language switch.
import { test, expect, expectAccessible } from './fixtures';
import { field } from './fields';

type Core = { dispatch(c: string, i?: unknown): Promise<{ ok: boolean; value?: unknown }> };
const value = async <T>(core: Core, channel: string, input?: unknown) => ((await core.dispatch(channel, input)) as { value: T }).value;

const TEXT = {
  en: {
    welcome: 'Welcome to Coulisses',
    next: 'Next',
    finish: 'Finish',
    skip: 'Skip the guided start',
    close: 'Close',
    step: (n: number) => `Step ${n} of 5`,
    cadenceOf: 'Posts per week on LinkedIn',
    none: 'No channel chosen yet',
    total: 'About 26 posts a month (6 a week).',
    totalOne: 'About 1 post a month (0.25 a week).',
    example: 'Start from an example',
    endMonday: 'End time on Monday',
    disconnect: 'Disconnect time',
    incomplete: 'This time is incomplete.',
    today: 'Today',
    content: 'Content creation',
    carousel: 'Carousel',
    settings: 'Settings',
    reopen: 'Open the guided start',
    language: 'Language',
    other: 'fr',
    // after the switch, the screen speaks the other language
    offer: '21 préréglages portent encore leur nom dans l’autre langue. Les renommer en français ?',
    rename: 'Renommer',
    renamed: '21 préréglages renommés.',
    otherContent: 'Création de contenu',
  },
  fr: {
    welcome: 'Bienvenue dans Coulisses',
    next: 'Suivant',
    finish: 'Terminer',
    skip: 'Passer le démarrage guidé',
    close: 'Fermer',
    step: (n: number) => `Étape ${n} sur 5`,
    cadenceOf: 'Publications par semaine sur LinkedIn',
    none: 'Aucun canal choisi',
    total: 'Environ 26 publications par mois (6 par semaine).',
    totalOne: 'Environ 1 publication par mois (0,25 par semaine).',
    example: 'Partir d’un exemple',
    endMonday: 'Heure de fin le lundi',
    disconnect: 'Heure de déconnexion',
    incomplete: 'Cette heure est incomplète.',
    today: 'Aujourd’hui',
    content: 'Création de contenu',
    carousel: 'Carrousel',
    settings: 'Réglages',
    reopen: 'Ouvrir le démarrage guidé',
    language: 'Langue',
    other: 'en',
    offer: '21 presets are still named in the other language. Rename them in English?',
    rename: 'Rename',
    renamed: '21 presets renamed.',
    otherContent: 'Content creation',
  },
} as const;

for (const lang of ['en', 'fr'] as const) {
  const w = TEXT[lang];
  const server = lang === 'en' ? 'fr' : 'en';
  test.describe(`first run in ${lang} (server started in ${server})`, () => {
    // The server's LANG says one language, the browser another: the browser's wins.
    test.use({ appLanguage: server, firstRun: true, locale: lang === 'fr' ? 'fr-FR' : 'en-US' });

    test('a new user is set up step by step: language, channels, job, hours, import', async ({ page, app }) => {
      const core = app.server.core as unknown as Core;
      await app.open('/calendar');
      await expect(page.getByRole('heading', { level: 1, name: w.welcome })).toBeVisible();
      await expect(page.getByText(w.step(1))).toBeVisible();
      await expect(page.getByRole('radio', { name: lang === 'fr' ? 'Français' : 'English' })).toBeChecked();
      await expectAccessible(page);
      await page.getByRole('button', { name: w.next }).click();

      // Channels: none chosen; the total follows the cadence, in the language's plural and numbers.
      await expect(page.getByText(w.step(2))).toBeVisible();
      await expect(page.getByTestId('first-run-month')).toContainText(w.none);
      await page.getByRole('checkbox', { name: 'LinkedIn' }).check();
      await page.getByLabel(w.cadenceOf).fill('0.25');
      await expect(page.getByTestId('first-run-month')).toHaveText(w.totalOne);
      await page.getByLabel(w.cadenceOf).fill('2');
      await page.getByRole('checkbox', { name: 'Instagram' }).check();
      await expect(page.getByTestId('first-run-month')).toHaveText(w.total);
      await expectAccessible(page);
      await page.getByRole('button', { name: w.next }).click();

      await expect(page.getByText(w.step(3))).toBeVisible();
      await page.getByRole('button', { name: w.example }).click();
      await expectAccessible(page);
      await page.getByRole('button', { name: w.next }).click();

      // Hours: a time typed in part is reported to the step, which stays open.
      await expect(page.getByText(w.step(4))).toBeVisible();
      const end = field(page, w.endMonday);
      await end.locator('[data-type="minute"]').focus();
      await page.keyboard.press('Backspace');
      await page.keyboard.press('Backspace');
      await page.getByRole('button', { name: w.next }).click();
      await expect(page.getByText(w.incomplete)).toBeVisible();
      await expect(page.getByText(w.step(4))).toBeVisible();
      await end.locator('[data-type="minute"]').pressSequentially('30');
      await expect(page.getByText(w.incomplete)).toBeHidden();
      await expectAccessible(page);
      await page.getByRole('button', { name: w.next }).click();

      await expect(page.getByText(w.step(5))).toBeVisible();
      await page.getByRole('button', { name: w.finish, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: w.today })).toBeVisible();

      // Everything was saved, in the browser's language.
      const settings = await value<{ language: string; setupDone: boolean; charter: { days: ({ end: number } | null)[] } }>(core, 'settings.get');
      expect(settings).toMatchObject({ language: lang, setupDone: true });
      expect(settings.charter.days[1]).toEqual({ start: 540, end: 18 * 60 + 30 });
      const categories = await value<{ name: string }[]>(core, 'audit.categories.list');
      expect(categories[0].name).toBe(w.content);
      const channels = await value<{ channels: { id: number; archived: boolean; cadencePerWeek: number }[] }>(core, 'calendar.lookups');
      expect(channels.channels.filter((c) => !c.archived).map((c) => [c.id, c.cadencePerWeek])).toEqual([
        [1, 4],
        [2, 2],
      ]);
      expect((await value<unknown[]>(core, 'audit.responsibilities.list')).length).toBe(10);

      // The screens show what the first run seeded: the month fill has the two chosen channels and
      // no other, and the presets read in the chosen language.
      await app.open('/calendar/fill');
      await expect(page.locator('.cal-fill table').first().locator('tbody th')).toHaveText(['Instagram', 'LinkedIn']);
      await app.open('/calendar/settings');
      await expect(page.getByRole('row', { name: new RegExp(`^${w.carousel} \\d`) })).toBeVisible();
      await app.open('/audit/categories');
      await expect(page.getByRole('row', { name: new RegExp(`^1 ${w.content} `) })).toBeVisible();
      await app.open('/');

      // Settings reopens it; after a language switch, it offers to rename the untouched presets.
      await page.getByRole('link', { name: w.settings }).click();
      await page.getByRole('link', { name: w.reopen }).click();
      await expect(page.getByRole('heading', { level: 1, name: w.welcome })).toBeVisible();
      await page.getByRole('button', { name: w.close }).click();
      await expect(page.getByRole('heading', { level: 1, name: w.today })).toBeVisible();
      await page.getByRole('link', { name: w.settings }).click();
      // The other language's strings arrive late (a slow disk or a busy machine): the settings are
      // saved before them, and the page must not fall back to the boot screen and lose the offer.
      await page.route(`**/assets/${w.other}-*.js`, async (route) => {
        await new Promise((r) => setTimeout(r, 1500));
        await route.continue();
      });
      await page.getByLabel(w.language, { exact: true }).selectOption(w.other);
      const offer = page.getByTestId('presets-offer');
      await expect(offer).toContainText(w.offer);
      await expectAccessible(page);
      await offer.getByRole('button', { name: w.rename }).click();
      await expect(page.getByText(w.renamed)).toBeVisible();
      expect((await value<{ name: string }[]>(core, 'audit.categories.list'))[0].name).toBe(w.otherContent);
    });

    test('skipping keeps the app empty and out of the way: no channel is active', async ({ page, app }) => {
      const core = app.server.core as unknown as Core;
      await app.open('/');
      await page.getByRole('button', { name: w.skip }).click();
      await expect(page.getByRole('heading', { level: 1, name: w.today })).toBeVisible();
      expect((await value<{ setupDone: boolean }>(core, 'settings.get')).setupDone).toBe(true);
      const channels = await value<{ channels: { archived: boolean }[] }>(core, 'calendar.lookups');
      expect(channels.channels.every((c) => c.archived)).toBe(true);
      // The calendar asks for no target, so the month fill shows no missing line.
      const fill = await value<{ gaps: { kind: string }[] }>(core, 'calendar.monthFill', { month: '2025-11', weekStartsOn: 1 });
      expect(fill.gaps.filter((g) => g.kind === 'channel-week')).toEqual([]);
    });
  });
}
