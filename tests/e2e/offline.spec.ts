// With every feature off — a fresh database, veille fetching off (its default) — the app makes not
// one network request: every screen is opened (the veille tabs and a weekly report included), a
// new user adds feed sources from an OPML export and a link by hand, triages by keyboard and opens
// the week's report; "Fetch now", the schedule's fetch run and "full text" are then asked for
// directly, as a stray call would. The request guard records every request and TCP connection of
// this process (the browser-mode server and its handlers run here); the fixture fails the test on
// any request of the page outside the app's origin.
import { installRequestGuard, type RequestGuard } from '../helpers/requestGuard';
import { expect, expectAccessible, test } from './fixtures';
import { SCREEN_ROUTES } from '../helpers/screens';

// Thursday 19 November 2026, 15:30 in Paris: ISO week 47.
const NOW = Date.UTC(2026, 10, 19, 14, 30);


const L = {
  en: { opmlFile: 'OPML file', importSources: /^Import the sources/, addLink: 'Add a link', address: 'Address', addTheLink: 'Add the link', fetchNow: 'Fetch now', openReport: 'Open the report', toTriage: /^To triage/, kept: /^Kept/, charterUntracked: 'Disconnection charter: measured from your first tracked day' },
  fr: { opmlFile: 'Fichier OPML', importSources: /^Importer les sources/, addLink: 'Ajouter un lien', address: 'Adresse', addTheLink: 'Ajouter le lien', fetchNow: 'Récupérer maintenant', openReport: 'Ouvrir le rapport', toTriage: /^À trier/, kept: /^Gardés/, charterUntracked: 'Charte de déconnexion : mesurée à partir de votre premier jour suivi' },
};

// Sources on the loopback address (a closed port: nothing answers), so that even a
// request made by mistake would stay on this machine; the guard records it before it connects.
const OPML = `<?xml version="1.0" encoding="UTF-8"?>
<opml version="1.0"><head><title>Inoreader subscriptions</title></head><body>
<outline text="Competitors"><outline type="rss" text="Brand Watch Notes" xmlUrl="http://127.0.0.1:59999/atom.xml" htmlUrl="http://127.0.0.1:59999/"/></outline>
<outline text="Platforms"><outline type="rss" text="Platform News" xmlUrl="http://127.0.0.1:59999/rss.xml"/></outline>
</body></opml>
`;

let guard: RequestGuard;
test.beforeEach(() => {
  guard = installRequestGuard();
});
test.afterEach(() => {
  guard.dispose();
});

for (const lang of ['en', 'fr'] as const) {
  test.describe(`offline (${lang})`, () => {
    test.use({ appLanguage: lang });
    const T = L[lang];

    test('with every feature off, a new user’s app makes not one request, on every screen and through the veille', async ({ app, page }) => {
      test.setTimeout(120_000);
      app.server.setNow(NOW);
      await page.clock.setFixedTime(new Date(NOW));
      const call = async (channel: string, input?: unknown) => (await app.server.core.dispatch(channel, input)) as { ok: boolean; value?: unknown; error?: { code: string } };

      // Every screen of a fresh database. Nothing is tracked yet: Today's charter line says so rather than "kept 4 of 4 days".
      for (const route of SCREEN_ROUTES) {
        await app.open(route);
        await expect(page.locator('main#main h1')).toBeVisible();
        if (route === '/') await expect(page.getByTestId('today-charter')).toContainText(T.charterUntracked);
        if (route === '/veille/measures') {
          // Once the measures are read (the heading comes with them), a new user has no table of empty weeks.
          await expect(page.locator('#m-time-h')).toBeVisible();
          await expect(page.locator('section[aria-labelledby="m-time-h"] table')).toHaveCount(0);
        }
      }

      // Veille as a new user: sources from an OPML export (fetching stays off), a link by hand.
      await app.open('/veille/sources');
      await page.getByLabel(T.opmlFile, { exact: true }).setInputFiles({ name: 'inoreader.opml', mimeType: 'text/x-opml', buffer: Buffer.from(OPML) });
      await page.getByRole('button', { name: T.importSources }).click();
      await expect(page.getByRole('rowheader', { name: /Platform News/ })).toBeVisible();
      await app.open('/veille');
      await expect(page.getByRole('button', { name: T.fetchNow })).toBeDisabled();
      await page.getByRole('button', { name: T.addLink }).click();
      await page.getByRole('dialog').getByLabel(T.address).fill('https://news.example/short-video-linkedin');
      await page.getByRole('dialog').getByRole('button', { name: T.addTheLink }).click();
      await expect(page.getByRole('dialog')).toBeHidden();
      // Triage by keyboard (a link added by hand is kept: back to the inbox, then kept again), then every tab again and the week's report.
      const list = page.getByRole('listbox');
      await page.getByRole('button', { name: T.kept }).click();
      await list.focus();
      await page.keyboard.press('u');
      await page.getByRole('button', { name: T.toTriage }).click();
      await expect(list.getByRole('option')).toHaveCount(1);
      await list.focus();
      await page.keyboard.press('y');
      await expect(list.getByRole('option')).toHaveCount(0);
      for (const route of ['/veille/sources', '/veille/reports']) await app.open(route);
      // Measures: only the week she began is listed, not seven empty weeks before it.
      await app.open('/veille/measures');
      await expect(page.locator('section[aria-labelledby="m-time-h"] tbody tr')).toHaveCount(1);
      await app.open('/veille/reports');
      await page.getByRole('button', { name: T.openReport }).click();
      await expect(page.locator('main#main h2').first()).toBeVisible();
      await expectAccessible(page);

      // What the schedule or a stray call would ask for: nothing is fetched while every source is off.
      const run = await call('veille.fetch.run', {});
      expect(run).toMatchObject({ ok: true, value: { requests: 0, sources: 0 } });
      const items = (await call('veille.items.list', { view: 'all' })).value as { items: { id: number }[] };
      expect(items.items.length).toBeGreaterThan(0);
      for (const it of items.items) expect((await call('veille.item.fetchText', { id: it.id })).ok).toBe(false);
      expect(((await call('veille.sources.list')).value as { fetchEnabled: boolean }[]).every((s) => !s.fetchEnabled)).toBe(true);
      expect((await call('veille.fetch.log', {})).value).toEqual([]);

      expect(guard.requests, 'no request from the app').toEqual([]);
      expect(guard.connections, 'no connection from the app').toEqual([]);
    });
  });
}
