// English and French text for the career presets (phases, milestones, checklist, skills,
// certification templates). Flat keys; use nestMessages() for i18next's default '.' separator.

export type Messages = Record<string, string>;

export const careerMessagesEn: Messages = {
  'career.phases.data-mastery': 'Data mastery',
  'career.phases.decision-portfolio': 'Decision portfolio',
  'career.phases.leadership': 'Leadership',

  'career.milestones.week-audit': 'Audit a typical week and share the findings',
  'career.milestones.ga-certification': 'Earn the Google Analytics certification',
  'career.milestones.kpi-dashboard': 'Build a monthly KPI dashboard',
  'career.milestones.second-certification': 'Earn a second certification (HubSpot, Meta or LinkedIn)',
  'career.milestones.ab-test': 'Run an A/B test and report its results',
  'career.milestones.budget-proposal': 'Write a budget proposal for paid social',
  'career.milestones.cross-team-project': 'Lead a project with another department',
  'career.milestones.five-decisions': 'Document five decisions with their KPI before and after',
  'career.milestones.mentor-cm': 'Mentor a community manager',
  'career.milestones.present-to-leadership': 'Present social media results to leadership',
  'career.milestones.own-budget': 'Take ownership of a budget',
  'career.milestones.apply-head-of-social': 'Apply for a Head of Social position',

  'career.checklist.create-account': 'Create an account on the exam platform',
  'career.checklist.practise-format': 'Practise the multiple-choice format',
  'career.checklist.pass-in-time': 'Pass within the time limit, at or above the pass mark',
  'career.checklist.retry-after-delay': 'If failed, try again once the waiting time is over',
  'career.checklist.add-to-cv': 'Add it to your CV',
  'career.checklist.add-to-linkedin': 'Add it to your LinkedIn profile',

  'career.skills.analytics': 'Analytics and KPIs',
  'career.skills.paid-social': 'Paid social',
  'career.skills.seo': 'SEO',
  'career.skills.copywriting': 'Copywriting',
  'career.skills.visual-video': 'Visual and video production',
  'career.skills.monitoring': 'Monitoring and research methods',
  'career.skills.crisis-communication': 'Crisis communication',
  'career.skills.english': 'English',
  'career.skills.leading-team': 'Leading a team',
  'career.skills.stakeholders': 'Stakeholder management',
  'career.skills.budgeting': 'Budgeting',
  'career.skills.presenting': 'Presenting to leadership',
  'career.skills.ethics': 'Ethics and confidentiality',

  'career.templates.google-analytics': 'Google Analytics (Skillshop)',
  'career.templates.google-analytics-note':
    'Google does not confirm the number of questions or the duration. The retired GAIQ exam had 70 questions in 90 minutes.',
  'career.templates.hubspot': 'HubSpot Academy',
  'career.templates.meta-blueprint': 'Meta Blueprint',
  'career.templates.linkedin': 'LinkedIn',
  'career.templates.blank': 'Other certification (blank)',
  'career.templates.user-filled-note': "Fill in the exam rules from the provider's official page, then mark each one as verified once checked.",
};

export const careerMessagesFr: Messages = {
  'career.phases.data-mastery': 'Maîtrise de la donnée',
  'career.phases.decision-portfolio': 'Portefeuille de décisions',
  'career.phases.leadership': 'Leadership',

  'career.milestones.week-audit': 'Auditer une semaine type et partager les conclusions',
  'career.milestones.ga-certification': 'Obtenir la certification Google Analytics',
  'career.milestones.kpi-dashboard': 'Mettre en place un tableau de bord mensuel des KPI',
  'career.milestones.second-certification': 'Décrocher une deuxième certification (HubSpot, Meta ou LinkedIn)',
  'career.milestones.ab-test': 'Mener un test A/B et en présenter les résultats',
  'career.milestones.budget-proposal': 'Rédiger une proposition de budget pour les campagnes sponsorisées',
  'career.milestones.cross-team-project': 'Piloter un projet avec un autre service',
  'career.milestones.five-decisions': 'Documenter cinq décisions avec leurs KPI avant et après',
  'career.milestones.mentor-cm': 'Encadrer et former un community manager',
  'career.milestones.present-to-leadership': 'Présenter les résultats social media à la direction',
  'career.milestones.own-budget': "Prendre la responsabilité d'un budget",
  'career.milestones.apply-head-of-social': 'Postuler à un poste de Head of Social',

  'career.checklist.create-account': "Créer son compte sur la plateforme d'examen",
  'career.checklist.practise-format': "S'entraîner au format QCM",
  'career.checklist.pass-in-time': 'Réussir dans le temps imparti, avec au moins la note requise',
  'career.checklist.retry-after-delay': "En cas d'échec, repasser l'examen une fois le délai d'attente écoulé",
  'career.checklist.add-to-cv': "L'ajouter à son CV",
  'career.checklist.add-to-linkedin': "L'ajouter à son profil LinkedIn",

  'career.skills.analytics': 'Analyse de données et KPI',
  'career.skills.paid-social': 'Publicité sur les réseaux sociaux',
  'career.skills.seo': 'Référencement naturel (SEO)',
  'career.skills.copywriting': 'Rédaction et copywriting',
  'career.skills.visual-video': 'Création visuelle et vidéo',
  'career.skills.monitoring': 'Veille et méthodes de recherche',
  'career.skills.crisis-communication': 'Communication de crise',
  'career.skills.english': 'Anglais',
  'career.skills.leading-team': "Management d'équipe",
  'career.skills.stakeholders': 'Relations avec les parties prenantes',
  'career.skills.budgeting': 'Gestion budgétaire',
  'career.skills.presenting': 'Présentation à la direction',
  'career.skills.ethics': 'Éthique et confidentialité',

  'career.templates.google-analytics': 'Google Analytics (Skillshop)',
  'career.templates.google-analytics-note':
    "Google ne confirme ni le nombre de questions ni la durée. L'ancien examen GAIQ, aujourd'hui retiré, comptait 70 questions en 90 minutes.",
  'career.templates.hubspot': 'HubSpot Academy',
  'career.templates.meta-blueprint': 'Meta Blueprint',
  'career.templates.linkedin': 'LinkedIn',
  'career.templates.blank': 'Autre certification (à compléter)',
  'career.templates.user-filled-note': "Renseignez les règles de l'examen d'après la page officielle de l'organisme, puis marquez chacune comme vérifiée après contrôle.",
};

/** { 'a.b.c': 'x' } → { a: { b: { c: 'x' } } }, for i18next resources with the default key separator. */
export function nestMessages(flat: Messages): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [path, text] of Object.entries(flat)) {
    const parts = path.split('.');
    let node = out;
    for (const p of parts.slice(0, -1)) {
      node = (node[p] ??= {}) as Record<string, unknown>;
    }
    node[parts[parts.length - 1]] = text;
  }
  return out;
}
