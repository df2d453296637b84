import type { Migration } from '../types';

/**
 * Tables of veille (monitoring): sources (feeds or manual, fetching off by default), items
 * (deduplicated by canonical URL, their text cached for offline reading), one annotation per
 * item, weekly reports (one per ISO week) with their entries and the items each cites, the
 * fetch log, and the feature's settings (the fetch schedule, off by default).
 *
 * Instants are UTC epoch ms with the user's IANA zone at entry time. An item cited by a report
 * cannot be deleted (RESTRICT); deleting a report deletes its entries and citations.
 */
export const m0110Veille: Migration = {
  version: 110,
  name: 'veille',
  up(db) {
    db.exec(`
      CREATE TABLE veille_source (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('feed', 'manual')),
        title TEXT NOT NULL,
        url TEXT,
        host TEXT,
        theme TEXT NOT NULL DEFAULT '',
        reliability TEXT NOT NULL DEFAULT 'medium' CHECK (reliability IN ('high', 'medium', 'low')),
        fetch_enabled INTEGER NOT NULL DEFAULT 0 CHECK (fetch_enabled IN (0, 1)),
        etag TEXT,
        last_modified TEXT,
        last_fetched_at INTEGER,
        last_outcome TEXT,
        created_at INTEGER NOT NULL,
        CHECK (kind = 'manual' OR url IS NOT NULL)
      ) STRICT;
      CREATE UNIQUE INDEX veille_source_url ON veille_source (url) WHERE url IS NOT NULL;

      CREATE TABLE veille_item (
        id INTEGER PRIMARY KEY,
        source_id INTEGER REFERENCES veille_source (id) ON DELETE CASCADE,
        url TEXT NOT NULL,
        canonical_url TEXT NOT NULL UNIQUE,
        guid TEXT,
        title TEXT NOT NULL,
        author TEXT NOT NULL DEFAULT '',
        published_at INTEGER,
        added_at INTEGER NOT NULL,
        tz TEXT NOT NULL,
        origin TEXT NOT NULL CHECK (origin IN ('feed', 'manual')),
        summary TEXT NOT NULL DEFAULT '',
        full_text TEXT,
        note TEXT NOT NULL DEFAULT '',
        triage TEXT NOT NULL DEFAULT 'new' CHECK (triage IN ('new', 'kept', 'skipped')),
        starred INTEGER NOT NULL DEFAULT 0 CHECK (starred IN (0, 1)),
        read_at INTEGER,
        triaged_at INTEGER
      ) STRICT;
      CREATE INDEX veille_item_triage ON veille_item (triage, added_at);
      CREATE INDEX veille_item_source ON veille_item (source_id, added_at);
      CREATE INDEX veille_item_added ON veille_item (added_at);

      CREATE TABLE veille_annotation (
        item_id INTEGER PRIMARY KEY REFERENCES veille_item (id) ON DELETE CASCADE,
        signal TEXT CHECK (signal IN ('fact', 'trend', 'weak')),
        theme TEXT NOT NULL DEFAULT '',
        question TEXT NOT NULL DEFAULT '',
        implication TEXT NOT NULL DEFAULT '',
        echo_of INTEGER REFERENCES veille_item (id) ON DELETE SET NULL CHECK (echo_of IS NULL OR echo_of <> item_id),
        was_weak INTEGER NOT NULL DEFAULT 0 CHECK (was_weak IN (0, 1)),
        promoted_at INTEGER,
        updated_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX veille_annotation_echo ON veille_annotation (echo_of) WHERE echo_of IS NOT NULL;

      CREATE TABLE veille_report (
        id INTEGER PRIMARY KEY,
        week TEXT NOT NULL UNIQUE CHECK (week GLOB '[0-9][0-9][0-9][0-9]-W[0-5][0-9]'),
        tz TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        summary TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'delivered')),
        delivered_at INTEGER,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        CHECK ((status = 'delivered') = (delivered_at IS NOT NULL))
      ) STRICT;

      CREATE TABLE veille_report_entry (
        id INTEGER PRIMARY KEY,
        report_id INTEGER NOT NULL REFERENCES veille_report (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('insight', 'weak_signal', 'recommendation')),
        text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 4000),
        sort_order INTEGER NOT NULL,
        status TEXT CHECK (status IN ('pending', 'accepted', 'declined')),
        status_at INTEGER,
        status_note TEXT NOT NULL DEFAULT '',
        CHECK (status IS NULL OR kind = 'recommendation')
      ) STRICT;
      CREATE INDEX veille_report_entry_report ON veille_report_entry (report_id, sort_order);

      CREATE TABLE veille_citation (
        entry_id INTEGER NOT NULL REFERENCES veille_report_entry (id) ON DELETE CASCADE,
        item_id INTEGER NOT NULL REFERENCES veille_item (id) ON DELETE RESTRICT,
        PRIMARY KEY (entry_id, item_id)
      ) STRICT;
      CREATE INDEX veille_citation_item ON veille_citation (item_id);

      CREATE TABLE veille_fetch_log (
        id INTEGER PRIMARY KEY,
        at INTEGER NOT NULL,
        source_id INTEGER REFERENCES veille_source (id) ON DELETE SET NULL,
        url TEXT NOT NULL,
        trigger TEXT NOT NULL CHECK (trigger IN ('manual', 'schedule', 'article')),
        outcome TEXT NOT NULL CHECK (outcome IN ('ok', 'not_modified', 'truncated', 'refused', 'http_error', 'wrong_type', 'timeout', 'network', 'parse_error')),
        http_status INTEGER,
        bytes INTEGER NOT NULL DEFAULT 0,
        new_items INTEGER NOT NULL DEFAULT 0,
        duration_ms INTEGER NOT NULL DEFAULT 0,
        detail TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX veille_fetch_log_at ON veille_fetch_log (at);

      CREATE TABLE veille_settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL CHECK (json_valid(value))
      ) STRICT;
    `);
  },
};
