// A realistic month for a solo social media manager, written through the real dispatcher:
// four weeks of time entries and interruptions (with late evenings, out-of-scope and invisible
// work), a saved audit with conclusions, calendar items and a batch session, and a career plan
// with a certification, a decision and assessed skills. Deterministic for a given `now`.
import { addDays, localDayAt, localWallTimeToInstant, weekdayOf } from '../../src/shared/time';

type Result = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };
export type DispatchFn = (channel: string, input?: unknown) => Promise<Result>;

export interface SeedOptions {
  /** the clock of the app under test (epoch ms) */
  now: number;
  tz: string;
  language: 'en' | 'fr';
}

export interface SeedSummary {
  /** first and last local day seeded (the last is the day of `now`) */
  firstDay: string;
  lastDay: string;
  entries: number;
  interruptions: number;
  savedAudit: { id: number; name: string; from: number; to: number; conclusions: string };
  /** false when the calendar channels answered with an error (feature not wired yet) */
  calendarSeeded: boolean;
  careerSeeded: boolean;
}

function must<T>(r: Result, what: string): T {
  if (!r.ok) throw new Error(`seedMonth: ${what}: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}

/** A small deterministic pseudo-random sequence (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TEXT = {
  en: {
    job: 'Define the brand social objectives and KPIs\nRun the editorial line and calendar\nModerate and animate the community\nMeasure and report results',
    auditName: 'Typical week',
    conclusions: 'Reactive work eats the mornings. I propose two fixed reply slots a day and a protected batch afternoon on Thursday.',
    invisibleNote: 'Helping sales with a presentation',
    outOfScopeNote: 'Printing flyers for the event',
    items: ['Product launch teaser', 'Customer story carousel', 'Behind the scenes video', 'Monthly tips thread', 'Event recap', 'Team portrait'],
    currentRole: 'Social media manager',
    targetRole: 'Head of Social',
    decision: { title: 'Move replies to two daily slots', context: 'Replies interrupted deep work all day.', arbitration: 'Slots at 11:00 and 16:00; urgent cases by phone.', changed: 'Deep blocks doubled.', kpi: 'Median reply time (h)' },
  },
  fr: {
    job: 'Définir les objectifs social media et les KPI\nPiloter la ligne éditoriale et le calendrier\nModérer et animer la communauté\nMesurer et présenter les résultats',
    auditName: 'Semaine type',
    conclusions: "Le réactif mange les matinées. Je propose deux créneaux de réponse fixes par jour et un après-midi de production protégé le jeudi.",
    invisibleNote: 'Aide aux commerciaux pour une présentation',
    outOfScopeNote: "Impression des flyers de l'événement",
    items: ['Teaser du lancement produit', 'Carrousel témoignage client', 'Vidéo coulisses', 'Fil de conseils du mois', "Retour sur l'événement", "Portrait d'équipe"],
    currentRole: 'Social media manager',
    targetRole: 'Head of Social',
    decision: { title: 'Passer les réponses sur deux créneaux par jour', context: 'Les réponses coupaient le travail de fond toute la journée.', arbitration: 'Créneaux à 11 h et 16 h ; urgences par téléphone.', changed: 'Les blocs de fond ont doublé.', kpi: 'Délai médian de réponse (h)' },
  },
} as const;

const CHANNELS = ['notification', 'email', 'chat', 'oral', 'phone', 'other'] as const;

export async function seedMonth(dispatch: DispatchFn, opts: SeedOptions): Promise<SeedSummary> {
  const { now, tz, language } = opts;
  const text = TEXT[language];
  const random = rng(20_260_101);
  const categories = must<{ id: number; mode: string; name: string }[]>(await dispatch('audit.categories.list'), 'categories');
  const byMode = (mode: string) => categories.filter((c) => c.mode === mode);
  const deep = byMode('deep');
  const reactive = byMode('reactive');
  const meeting = byMode('meeting')[0];
  const reporting = byMode('reporting')[0];
  const admin = byMode('admin')[0];

  // Job description; every category but admin gets a responsibility, so admin is out of scope.
  const responsibilities = must<{ id: number }[]>(await dispatch('audit.responsibilities.paste', { text: text.job }), 'responsibilities');
  for (const [i, c] of categories.entries()) {
    if (c.mode === 'admin') continue;
    must(await dispatch('audit.categories.update', { id: c.id, responsibilityId: responsibilities[i % responsibilities.length].id }), 'category');
  }

  const today = localDayAt(now, tz);
  const firstDay = addDays(today, -27);
  let entries = 0;
  let interruptions = 0;
  const at = (day: string, minute: number) => localWallTimeToInstant(day, minute, tz);
  const entry = async (day: string, start: number, end: number, categoryId: number, extra: Record<string, unknown> = {}) => {
    const s = at(day, start);
    const e = Math.min(at(day, end), now);
    if (e <= s) return;
    must(await dispatch('audit.entries.create', { start: s, end: e, tz, categoryId, ...extra }), 'entry');
    entries++;
  };
  const interrupt = async (day: string, minute: number, channel: (typeof CHANNELS)[number]) => {
    const when = at(day, minute);
    if (when > now) return;
    must(await dispatch('audit.interruptions.log', { channel, at: when, tz }), 'interruption');
    interruptions++;
  };

  for (let i = 0; i < 28; i++) {
    const day = addDays(firstDay, i);
    const weekday = weekdayOf(day);
    if (weekday === 0 || weekday === 6) continue;
    const d1 = deep[i % deep.length].id;
    const d2 = deep[(i + 1) % deep.length].id;
    const r1 = reactive[i % reactive.length].id;
    const r2 = reactive[(i + 2) % reactive.length].id;
    // Morning: a reactive start, a deep block, a reactive stretch.
    await entry(day, 9 * 60, 9 * 60 + 45, r1);
    await entry(day, 9 * 60 + 45, 11 * 60 + 15 + Math.round(random() * 2) * 15, d1);
    await entry(day, 11 * 60 + 45, 12 * 60 + 30, r2);
    // Afternoon: meeting on Mondays, reporting on Fridays, deep in between.
    if (weekday === 1) await entry(day, 14 * 60, 15 * 60, meeting.id);
    else if (weekday === 5) await entry(day, 14 * 60, 15 * 60, reporting.id);
    else await entry(day, 14 * 60, 15 * 60 + 30, d2);
    await entry(day, 15 * 60 + 30, 16 * 60 + 30, r1);
    await entry(day, 16 * 60 + 30, 17 * 60, admin.id, i % 3 === 0 ? { note: text.outOfScopeNote } : {});
    if (i % 4 === 1) await entry(day, 17 * 60, 17 * 60 + 45, d1, { note: text.invisibleNote, visibility: 'invisible' });
    // Late evenings: Tuesdays and Thursdays of two weeks, after the 20:00 disconnect.
    if ((weekday === 2 || weekday === 4) && i % 14 < 7) await entry(day, 20 * 60 + 30, 21 * 60 + 15, r2);
    const count = 3 + Math.floor(random() * 4);
    for (let k = 0; k < count; k++) await interrupt(day, 9 * 60 + 10 + Math.floor(random() * 7 * 60), CHANNELS[Math.floor(random() * CHANNELS.length)]);
  }

  // The last complete Monday-based week is the saved audit.
  let monday = addDays(today, -7);
  while (weekdayOf(monday) !== 1) monday = addDays(monday, -1);
  const from = at(monday, 0);
  const to = at(addDays(monday, 7), 0);
  const saved = must<{ id: number; name: string }>(await dispatch('audit.saved.create', { name: text.auditName, from, to, tz, notes: '', conclusions: text.conclusions }), 'saved audit');

  // Calendar: the channels chosen at the first run (Instagram, LinkedIn, X, Facebook at their
  // seeded cadence), items this month and a batch session next week (skipped when not wired yet).
  let calendarSeeded = true;
  for (const id of [1, 2, 3, 4]) if (!(await dispatch('calendar.channel.update', { id, archived: false })).ok) calendarSeeded = false;
  const month = today.slice(0, 7);
  for (const [i, title] of text.items.entries()) {
    const plannedDate = `${month}-${String(3 + i * 4).padStart(2, '0')}`;
    const r = await dispatch('calendar.item.create', { title, plannedDate, channelId: (i % 4) + 1, pillarId: (i % 4) + 1, formatId: (i % 4) + 1, tz, status: i < 2 ? 'ready' : 'idea' });
    if (!r.ok) calendarSeeded = false;
  }
  if (calendarSeeded) {
    let sessionDay = addDays(today, 3);
    while (weekdayOf(sessionDay) === 0 || weekdayOf(sessionDay) === 6) sessionDay = addDays(sessionDay, 1);
    const r = await dispatch('calendar.session.create', { date: sessionDay, start: 13 * 60, end: 17 * 60, attachUnprepared: true });
    if (!r.ok) calendarSeeded = false;
  }

  // Career: a plan started a year ago, a failed exam (retake available), a decision, skills.
  let careerSeeded = true;
  try {
    const start = `${Number(today.slice(0, 4)) - 1}${today.slice(4, 8)}01`;
    const plan = must<{ milestones: { id: number; dueDate: string }[] }>(await dispatch('career.plan.create', { currentRole: text.currentRole, targetRole: text.targetRole, startDate: start }), 'plan');
    const early = [...plan.milestones].sort((a, b) => (a.dueDate < b.dueDate ? -1 : 1)).slice(0, 2);
    for (const m of early) must(await dispatch('career.milestone.update', { id: m.id, doneDate: m.dueDate < today ? m.dueDate : today, note: '' }), 'milestone');
    const cert = must<{ id: number }>(await dispatch('career.certification.create', { templateKey: 'google-analytics' }), 'certification');
    must(await dispatch('career.attempt.record', { certificationId: cert.id, score: 72, at: now - 3 * 86_400_000 }), 'attempt');
    const d = text.decision;
    const decision = must<{ id: number }>(
      await dispatch('career.decision.create', {
        date: addDays(today, -10),
        title: d.title,
        context: d.context,
        measured: '',
        options: '',
        arbitration: d.arbitration,
        changed: d.changed,
        kpiName: d.kpi,
        kpiBefore: 6,
        kpiAfter: 2.5,
        skills: [],
        tags: [],
      }),
      'decision',
    );
    const skills = must<{ id: number; key: string | null }[]>(await dispatch('career.skill.list'), 'skills');
    for (const [i, s] of skills.slice(0, 4).entries()) must(await dispatch('career.skill.assess', { skillId: s.id, date: addDays(today, -20), level: 2 + (i % 3) }), 'assess');
    if (skills[0])
      must(await dispatch('career.skill.update', { id: skills[0].id, links: [{ kind: 'decision', id: decision.id }, { kind: 'certification', id: cert.id }, { kind: 'audit', id: saved.id }] }), 'evidence');
  } catch (e) {
    if (process.env.SEED_DEBUG) console.error(e);
    careerSeeded = false;
  }

  return { firstDay, lastDay: today, entries, interruptions, savedAudit: { id: saved.id, name: text.auditName, from, to, conclusions: text.conclusions }, calendarSeeded, careerSeeded };
}
