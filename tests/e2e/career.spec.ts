import { test, expect, expectAccessible } from './fixtures';
import { field, fillDate } from './fields';

// 2025-03-10 10:00 in Paris
const T0 = Date.UTC(2025, 2, 10, 9, 0);
const HOUR = 3_600_000;

const L = {
  en: {
    tabs: { plan: 'Plan', certs: 'Certifications', decisions: 'Decisions', skills: 'Skills', charts: 'Charts' },
    wizard: 'Lay out your three-year path',
    currentRole: 'Current role',
    startDate: 'Start date',
    next: 'Next: the milestones',
    create: 'Create my plan',
    progress: '0 of 12 milestones done',
    targetDate: 'January 6, 2028',
    add: 'Add the certification',
    verified: 'Verified',
    unverified: 'Unverified',
    score: 'Score of a new attempt (%)',
    record: 'Record the attempt',
    failed: 'Failed',
    passed: 'Passed',
    retake: 'Next attempt allowed in 24 h 00',
    tooEarly: /a retake is allowed 24 h after a failed attempt, so not before/,
    expiry: 'Earned on March 11, 2025 · valid until March 11, 2026',
    newDecision: 'New decision',
    title: 'Title',
    context: 'Context',
    measured: 'What was measured',
    kpi: 'KPI',
    before: 'Before',
    after: 'After',
    skill: 'Analytics and KPIs',
    save: 'Save',
    kpiLine: 'Reply time (h): 0.5 before → 1.75 after',
    milestone: 'Details and evidence for “Audit a typical week and share the findings”',
    linkEvidence: 'Link evidence',
    link: 'Link',
    assess: 'Assess and link evidence for Analytics and KPIs',
    level: 'Level',
    saveAssessment: 'Save the assessment',
    saveEvidence: 'Save the evidence',
    levelOn: '3/5 on',
    timeline: 'Three-year timeline',
    burnUp: 'Milestones done against the plan',
    radar: 'Skills now against the target',
    show: 'Show the numbers',
    passEvent: 'Exam passed',
  },
  fr: {
    tabs: { plan: 'Plan', certs: 'Mes certifications', decisions: 'Décisions', skills: 'Compétences', charts: 'Graphiques' },
    wizard: 'Tracez votre parcours sur trois ans',
    currentRole: 'Poste actuel',
    startDate: 'Date de début',
    next: 'Suivant : les jalons',
    create: 'Créer mon plan',
    progress: '0 jalon atteint sur 12', // French: 0 takes the singular
    targetDate: '6 janvier 2028',
    add: 'Ajouter la certification',
    verified: 'Vérifiée',
    unverified: 'Non vérifiée',
    score: 'Score d’une nouvelle tentative (%)',
    record: 'Enregistrer la tentative',
    failed: 'Échouée',
    passed: 'Réussie',
    retake: 'Prochaine tentative possible dans 24 h 00',
    tooEarly: /une nouvelle tentative est possible 24 h après un échec, donc pas avant le/,
    expiry: 'Obtenue le 11 mars 2025 · valable jusqu’au 11 mars 2026',
    newDecision: 'Nouvelle décision',
    title: 'Intitulé',
    context: 'Contexte',
    measured: 'Ce qui a été mesuré',
    kpi: 'KPI',
    before: 'Avant',
    after: 'Après',
    skill: 'Analyse de données et KPI',
    save: 'Enregistrer',
    kpiLine: 'Reply time (h) : 0,5 avant → 1,75 après',
    milestone: 'Détails et preuves de « Auditer une semaine type et partager les conclusions »',
    linkEvidence: 'Lier une preuve',
    link: 'Lier',
    assess: 'Évaluer et lier des preuves pour Analyse de données et KPI',
    level: 'Niveau',
    saveAssessment: 'Enregistrer l’évaluation',
    saveEvidence: 'Enregistrer les preuves',
    levelOn: '3/5 le',
    timeline: 'Frise des trois ans',
    burnUp: 'Jalons atteints par rapport au plan',
    radar: 'Compétences actuelles et niveau cible',
    show: 'Afficher les chiffres',
    passEvent: 'Examen réussi',
  },
} as const;

const DECISION = 'Answer comments in two fixed slots';

for (const lang of ['en', 'fr'] as const) {
  test.describe(`career in ${lang}`, () => {
    test.use({ appLanguage: lang });

    test('plan, certification with retake delay and expiry, decision as evidence, charts', async ({ page, app }) => {
      const l = L[lang];
      app.server.setNow(T0);
      await app.open('/career');
      const tabs = page.getByRole('navigation', { name: lang === 'en' ? 'Career sections' : 'Sections du parcours' });

      // the plan wizard
      await expect(page.getByRole('heading', { name: l.wizard })).toBeVisible();
      await expectAccessible(page);
      await page.getByLabel(l.currentRole).fill('Social media manager');
      await fillDate(field(page, l.startDate), '2025-01-06');
      await expect(page.getByTestId('wizard-target')).toHaveText(l.targetDate);
      await page.getByRole('button', { name: l.next }).click();
      await expectAccessible(page);
      await page.getByRole('button', { name: l.create }).click();
      await expect(page.getByTestId('plan-progress')).toContainText(l.progress);
      await expectAccessible(page);

      // Google Analytics from its template
      await tabs.getByRole('link', { name: l.tabs.certs }).click();
      await page.getByRole('button', { name: l.add }).click();
      const cert = page.locator('article.cert').first();
      await expect(cert.getByRole('row', { name: /\b12\b/ }).getByText(l.verified, { exact: true })).toBeVisible();
      await expect(cert.getByText(l.unverified, { exact: true }).first()).toBeVisible();
      await expectAccessible(page);

      // a failed attempt at 72%: the retake is blocked for 24 hours
      await cert.getByLabel(l.score).fill('72');
      await cert.getByRole('button', { name: l.record }).click();
      await expect(cert.getByRole('cell', { name: l.failed })).toBeVisible();
      await expect(cert.getByTestId(/retake/)).toContainText(l.retake);
      // recording a pass now is refused, naming the rule and the earliest date
      await cert.getByLabel(l.score).fill('86');
      await cert.getByRole('button', { name: l.record }).click();
      await expect(cert.getByText(l.tooEarly)).toBeVisible();

      // one minute before the end of the delay: still blocked
      app.server.setNow(T0 + 24 * HOUR - 60_000);
      await page.reload();
      await expect(page.locator('article.cert').first().getByTestId(/retake/)).toBeVisible();

      // 24 hours later: a pass at 86% sets the expiry
      app.server.setNow(T0 + 24 * HOUR);
      await page.reload();
      const cert2 = page.locator('article.cert').first();
      await expect(cert2.getByTestId(/retake/)).toHaveCount(0);
      await cert2.getByLabel(l.score).fill('86');
      await cert2.getByRole('button', { name: l.record }).click();
      await expect(cert2.getByRole('cell', { name: l.passed, exact: true })).toBeVisible();
      await expect(cert2.getByTestId(/status/)).toContainText(l.expiry);

      // a decision
      await tabs.getByRole('link', { name: l.tabs.decisions }).click();
      await page.getByRole('button', { name: l.newDecision }).click();
      await page.getByLabel(l.title, { exact: true }).fill(DECISION);
      await page.getByLabel(l.context, { exact: true }).fill('Comments were answered all day long.');
      await page.getByLabel(l.measured, { exact: true }).fill('Interruptions per day during the audit week.');
      await page.getByLabel(l.kpi, { exact: true }).fill('Reply time (h)');
      await page.getByLabel(l.before, { exact: true }).fill(lang === 'fr' ? '0,5' : '0.5');
      await page.getByLabel(l.after, { exact: true }).fill(lang === 'fr' ? '1,75' : '1.75');
      await page.getByRole('checkbox', { name: l.skill }).check();
      await expectAccessible(page);
      await page.getByRole('button', { name: l.save, exact: true }).click();
      const decision = page.locator('article.decision');
      await expect(decision.getByRole('heading', { name: DECISION })).toBeVisible();
      await expect(decision).toContainText(l.kpiLine);
      await expectAccessible(page);

      // linked as evidence to a milestone
      await tabs.getByRole('link', { name: l.tabs.plan }).click();
      await page.getByRole('button', { name: l.milestone }).click();
      await page.getByLabel(l.linkEvidence, { exact: true }).selectOption({ label: DECISION });
      await page.getByRole('button', { name: l.link, exact: true }).click();
      await page.locator('.milestone-panel').getByRole('button', { name: l.save, exact: true }).click();
      await expect(page.locator('.evidence-summary').first()).toContainText(DECISION);
      await expectAccessible(page);

      // ... and to a skill, with a self-assessment
      await tabs.getByRole('link', { name: l.tabs.skills }).click();
      await page.getByRole('button', { name: l.assess }).click();
      await page.getByLabel(l.level, { exact: true }).selectOption('3');
      await page.getByRole('button', { name: l.saveAssessment }).click();
      await expect(page.getByRole('row', { name: new RegExp(l.skill) }).first()).toContainText(l.levelOn);
      await page.getByLabel(l.linkEvidence, { exact: true }).selectOption({ label: DECISION });
      await page.getByRole('button', { name: l.link, exact: true }).click();
      await page.getByRole('button', { name: l.saveEvidence }).click();
      await expect(page.locator('.evidence-cell').first()).toContainText(DECISION);
      await expectAccessible(page);

      // the charts
      await tabs.getByRole('link', { name: l.tabs.charts }).click();
      await expect(page.getByRole('heading', { name: l.timeline })).toBeVisible();
      await expect(page.getByRole('heading', { name: l.burnUp })).toBeVisible();
      await expect(page.getByRole('heading', { name: l.radar })).toBeVisible();
      await expect(page.locator('.recharts-surface').first()).toBeVisible();
      await page.getByRole('button', { name: l.show }).first().click();
      await expect(page.getByRole('cell', { name: l.passEvent })).toBeVisible();
      await expectAccessible(page);
    });
  });
}
