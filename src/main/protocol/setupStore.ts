// SQL for the protocol's set-up: request types, moderation rules, the settings row and days off.
import type { Actor, Answerer, OwnerRole, RuleAction, SlaClock } from '../../shared/protocol/constants';
import type { ModerationRule, ProtocolConfig, RequestType } from '../../shared/protocol/types';
import type { Db } from '../db/types';

interface TypeRow {
  id: number;
  name: string;
  level: number;
  answered_by: Answerer;
  owner_role: OwnerRole;
  owner_name: string;
  first_reply_minutes: number;
  resolution_minutes: number;
  clock: SlaClock;
  goes_private: number;
  bridge_en: string;
  bridge_fr: string;
  archived: number;
  sort_order: number;
}

const toType = (r: TypeRow): RequestType => ({
  id: r.id,
  name: r.name,
  level: r.level,
  answeredBy: r.answered_by,
  ownerRole: r.owner_role,
  ownerName: r.owner_name,
  firstReplyMinutes: r.first_reply_minutes,
  resolutionMinutes: r.resolution_minutes,
  clock: r.clock,
  goesPrivate: r.goes_private === 1,
  bridge: { en: r.bridge_en, fr: r.bridge_fr },
  archived: r.archived === 1,
  sortOrder: r.sort_order,
});

export function listTypes(db: Db): RequestType[] {
  return (db.prepare('SELECT * FROM request_type ORDER BY level, sort_order, id').all() as TypeRow[]).map(toType);
}

export function getType(db: Db, id: number): RequestType | null {
  const row = db.prepare('SELECT * FROM request_type WHERE id = ?').get(id) as TypeRow | undefined;
  return row ? toType(row) : null;
}

export type TypeWrite = Omit<RequestType, 'id' | 'sortOrder'>;

export function insertType(db: Db, t: TypeWrite): number {
  const next = (db.prepare('SELECT coalesce(max(sort_order), 0) + 1 AS n FROM request_type').get() as { n: number }).n;
  return Number(
    db
      .prepare(
        `INSERT INTO request_type (name, level, answered_by, owner_role, owner_name, first_reply_minutes, resolution_minutes, clock, goes_private, bridge_en, bridge_fr, archived, sort_order)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(t.name, t.level, t.answeredBy, t.ownerRole, t.ownerName, t.firstReplyMinutes, t.resolutionMinutes, t.clock, t.goesPrivate ? 1 : 0, t.bridge.en, t.bridge.fr, t.archived ? 1 : 0, next).lastInsertRowid,
  );
}

export function updateTypeRow(db: Db, t: RequestType): void {
  db.prepare(
    `UPDATE request_type SET name = ?, level = ?, answered_by = ?, owner_role = ?, owner_name = ?, first_reply_minutes = ?, resolution_minutes = ?, clock = ?,
       goes_private = ?, bridge_en = ?, bridge_fr = ?, archived = ? WHERE id = ?`,
  ).run(t.name, t.level, t.answeredBy, t.ownerRole, t.ownerName, t.firstReplyMinutes, t.resolutionMinutes, t.clock, t.goesPrivate ? 1 : 0, t.bridge.en, t.bridge.fr, t.archived ? 1 : 0, t.id);
}

export function typeUseCount(db: Db, id: number): number {
  return (db.prepare('SELECT count(*) AS n FROM protocol_case WHERE type_id = ?').get(id) as { n: number }).n;
}

export function deleteTypeRow(db: Db, id: number): number {
  return db.prepare('DELETE FROM request_type WHERE id = ?').run(id).changes;
}

interface RuleRow {
  id: number;
  article: string;
  category: string;
  action: RuleAction;
  actor: Actor;
  note: string;
  sort_order: number;
}

const toRule = (r: RuleRow): ModerationRule => ({ id: r.id, article: r.article, category: r.category, action: r.action, actor: r.actor, note: r.note, sortOrder: r.sort_order });

export function listRules(db: Db): ModerationRule[] {
  return (db.prepare('SELECT * FROM moderation_rule ORDER BY sort_order, id').all() as RuleRow[]).map(toRule);
}

export function getRule(db: Db, id: number): ModerationRule | null {
  const row = db.prepare('SELECT * FROM moderation_rule WHERE id = ?').get(id) as RuleRow | undefined;
  return row ? toRule(row) : null;
}

export function insertRule(db: Db, r: Omit<ModerationRule, 'id' | 'sortOrder'>): number {
  const next = (db.prepare('SELECT coalesce(max(sort_order), 0) + 1 AS n FROM moderation_rule').get() as { n: number }).n;
  return Number(db.prepare('INSERT INTO moderation_rule (article, category, action, actor, note, sort_order) VALUES (?, ?, ?, ?, ?, ?)').run(r.article, r.category, r.action, r.actor, r.note, next).lastInsertRowid);
}

export function updateRuleRow(db: Db, r: ModerationRule): void {
  db.prepare('UPDATE moderation_rule SET article = ?, category = ?, action = ?, actor = ?, note = ? WHERE id = ?').run(r.article, r.category, r.action, r.actor, r.note, r.id);
}

export function deleteRuleRow(db: Db, id: number): number {
  return db.prepare('DELETE FROM moderation_rule WHERE id = ?').run(id).changes;
}

interface ConfigRow {
  version: string;
  version_date: string;
  brand: string;
  order_pattern: string;
  reactive_category_id: number | null;
  raise_threshold: number;
}

export function readConfig(db: Db): ProtocolConfig {
  const r = db.prepare('SELECT version, version_date, brand, order_pattern, reactive_category_id, raise_threshold FROM protocol_config WHERE id = 1').get() as ConfigRow;
  const daysOff = (db.prepare('SELECT day FROM protocol_day_off ORDER BY day').all() as { day: string }[]).map((d) => d.day);
  return { version: r.version, versionDate: r.version_date, brand: r.brand, orderPattern: r.order_pattern, daysOff, reactiveCategoryId: r.reactive_category_id, raiseThreshold: r.raise_threshold };
}

export function writeConfig(db: Db, c: ProtocolConfig): void {
  db.prepare('UPDATE protocol_config SET version = ?, version_date = ?, brand = ?, order_pattern = ?, reactive_category_id = ?, raise_threshold = ? WHERE id = 1').run(
    c.version,
    c.versionDate,
    c.brand,
    c.orderPattern,
    c.reactiveCategoryId,
    c.raiseThreshold,
  );
  db.prepare('DELETE FROM protocol_day_off').run();
  const add = db.prepare('INSERT INTO protocol_day_off (day) VALUES (?)');
  for (const day of c.daysOff) add.run(day);
}
