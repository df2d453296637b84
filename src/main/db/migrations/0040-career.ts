import { DEFAULT_SKILLS } from '../../../shared/career/templates';
import type { Migration } from '../types';

/**
 * Tables of the career feature: the plan (one row), its milestones and their evidence,
 * certifications (exam rules and checklist as JSON) and their attempts, the decision portfolio,
 * and the skills matrix with dated self-assessments and evidence. Seeds the default skills
 * (as preset keys: the UI shows them in the user's language).
 *
 * Evidence rows point to exactly one target. Decisions and certifications are foreign keys
 * (deleting one removes the links); an audit is kept as a plain id, since audits live in the
 * audit feature's own tables.
 */
export const m0040Career: Migration = {
  version: 40,
  name: 'career',
  up(db) {
    db.exec(`
      CREATE TABLE career_plan (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        current_role TEXT NOT NULL,
        target_role TEXT NOT NULL,
        start_date TEXT NOT NULL,
        target_date TEXT NOT NULL CHECK (target_date > start_date),
        created_at INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE milestone (
        id INTEGER PRIMARY KEY,
        phase INTEGER NOT NULL CHECK (phase IN (0, 1, 2)),
        key TEXT,
        title TEXT NOT NULL DEFAULT '',
        due_date TEXT NOT NULL,
        done_date TEXT,
        note TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX milestone_due ON milestone (due_date);

      CREATE TABLE certification (
        id INTEGER PRIMARY KEY,
        template_key TEXT NOT NULL,
        provider TEXT NOT NULL,
        name TEXT NOT NULL,
        rules TEXT NOT NULL CHECK (json_valid(rules)),
        checklist TEXT NOT NULL CHECK (json_valid(checklist)),
        earned_date TEXT,
        expiry_date TEXT,
        created_at INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE cert_attempt (
        id INTEGER PRIMARY KEY,
        certification_id INTEGER NOT NULL REFERENCES certification (id) ON DELETE CASCADE,
        at INTEGER NOT NULL,
        tz TEXT NOT NULL,
        score REAL NOT NULL CHECK (score >= 0 AND score <= 100)
      ) STRICT;
      CREATE INDEX cert_attempt_cert ON cert_attempt (certification_id, at);

      CREATE TABLE decision (
        id INTEGER PRIMARY KEY,
        date TEXT NOT NULL,
        title TEXT NOT NULL,
        context TEXT NOT NULL DEFAULT '',
        measured TEXT NOT NULL DEFAULT '',
        options TEXT NOT NULL DEFAULT '',
        arbitration TEXT NOT NULL DEFAULT '',
        changed TEXT NOT NULL DEFAULT '',
        kpi_name TEXT NOT NULL DEFAULT '',
        kpi_before REAL,
        kpi_after REAL,
        skills TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(skills)),
        tags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags)),
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX decision_date ON decision (date);

      CREATE TABLE skill (
        id INTEGER PRIMARY KEY,
        key TEXT UNIQUE,
        name TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL CHECK (kind IN ('hard', 'managerial')),
        target INTEGER NOT NULL CHECK (target BETWEEN 1 AND 5),
        position INTEGER NOT NULL DEFAULT 0
      ) STRICT;

      CREATE TABLE skill_assessment (
        id INTEGER PRIMARY KEY,
        skill_id INTEGER NOT NULL REFERENCES skill (id) ON DELETE CASCADE,
        date TEXT NOT NULL,
        level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5)
      ) STRICT;
      CREATE INDEX skill_assessment_skill ON skill_assessment (skill_id, date);

      CREATE TABLE milestone_evidence (
        id INTEGER PRIMARY KEY,
        milestone_id INTEGER NOT NULL REFERENCES milestone (id) ON DELETE CASCADE,
        decision_id INTEGER REFERENCES decision (id) ON DELETE CASCADE,
        certification_id INTEGER REFERENCES certification (id) ON DELETE CASCADE,
        audit_id INTEGER,
        CHECK ((decision_id IS NOT NULL) + (certification_id IS NOT NULL) + (audit_id IS NOT NULL) = 1)
      ) STRICT;
      CREATE INDEX milestone_evidence_milestone ON milestone_evidence (milestone_id);
      CREATE INDEX milestone_evidence_decision ON milestone_evidence (decision_id);
      CREATE INDEX milestone_evidence_certification ON milestone_evidence (certification_id);

      CREATE TABLE skill_evidence (
        id INTEGER PRIMARY KEY,
        skill_id INTEGER NOT NULL REFERENCES skill (id) ON DELETE CASCADE,
        decision_id INTEGER REFERENCES decision (id) ON DELETE CASCADE,
        certification_id INTEGER REFERENCES certification (id) ON DELETE CASCADE,
        audit_id INTEGER,
        CHECK ((decision_id IS NOT NULL) + (certification_id IS NOT NULL) + (audit_id IS NOT NULL) = 1)
      ) STRICT;
      CREATE INDEX skill_evidence_skill ON skill_evidence (skill_id);
      CREATE INDEX skill_evidence_decision ON skill_evidence (decision_id);
      CREATE INDEX skill_evidence_certification ON skill_evidence (certification_id);
    `);
    const insert = db.prepare('INSERT INTO skill (key, name, kind, target, position) VALUES (?, ?, ?, ?, ?)');
    DEFAULT_SKILLS.forEach((s, i) => insert.run(s.key, '', s.kind, s.target, i));
  },
};
