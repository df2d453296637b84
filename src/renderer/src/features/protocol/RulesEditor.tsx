import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTORS, RULE_ACTIONS, type Actor, type RuleAction } from '../../../../shared/protocol/constants';
import { ACTION_LABEL, ACTOR_LABEL } from '../../../../shared/protocol/labels';
import { displayPreset } from '../../../../shared/protocol/presets';
import type { ModerationRule } from '../../../../shared/protocol/types';
import type { Translate } from '../../../../shared/reports/format';
import { useApi, useApiMutation } from '../../api/hooks';
import { Notice } from '../../components/Notice';
import { errorMessage } from '../../lib/errors';

/** The moderation charter: one row per article (what it covers, the action, the vendor or in-house), edited in place. */
export function RulesEditor() {
  const { t } = useTranslation();
  const rules = useApi('protocol.rules.list');
  return (
    <section className="card" aria-labelledby="rules-h">
      <h2 id="rules-h">{t('protocol.setup.rules')}</h2>
      <p className="hint">{t('protocol.setup.rulesHint')}</p>
      {rules.error && <Notice kind="error">{errorMessage(t, rules.error)}</Notice>}
      <div className="table-scroll" role="region" aria-labelledby="rules-h" tabIndex={0}>
        <table className="table rules-table">
          <thead>
            <tr>
              <th scope="col">{t('protocol.doc.col.article')}</th>
              <th scope="col">{t('protocol.doc.col.category')}</th>
              <th scope="col">{t('protocol.doc.col.action')}</th>
              <th scope="col">{t('protocol.doc.col.actor')}</th>
              <th scope="col">{t('protocol.setup.note')}</th>
              <th scope="col">
                <span className="sr-only">{t('protocol.common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {(rules.data ?? []).map((r) => (
              <RuleRow key={r.id} rule={r} />
            ))}
          </tbody>
        </table>
      </div>
      <AddRule />
    </section>
  );
}

function RuleRow({ rule }: { rule: ModerationRule }) {
  const { t } = useTranslation();
  const tr = t as unknown as Translate;
  const update = useApiMutation('protocol.rules.update');
  const remove = useApiMutation('protocol.rules.delete');
  const shown = displayPreset(rule.category, tr);
  const [article, setArticle] = useState(rule.article);
  const [category, setCategory] = useState(shown);
  const [action, setAction] = useState<RuleAction>(rule.action);
  const [actor, setActor] = useState<Actor>(rule.actor);
  const [note, setNote] = useState(rule.note);
  const [saved, setSaved] = useState(false);
  const label = rule.article;
  const changed = article !== rule.article || category !== shown || action !== rule.action || actor !== rule.actor || note !== rule.note;
  const edit = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    setSaved(false);
  };
  return (
    <tr>
      <td>
        <input type="text" className="short" maxLength={20} aria-label={t('protocol.setup.articleOf', { article: label })} value={article} onChange={(e) => edit(setArticle)(e.target.value)} />
      </td>
      <td>
        <input type="text" maxLength={200} aria-label={t('protocol.setup.categoryOf', { article: label })} value={category} onChange={(e) => edit(setCategory)(e.target.value)} />
      </td>
      <td>
        <select aria-label={t('protocol.setup.actionOf', { article: label })} value={action} onChange={(e) => edit(setAction)(e.target.value as RuleAction)}>
          {RULE_ACTIONS.map((a) => (
            <option key={a} value={a}>
              {t(ACTION_LABEL[a])}
            </option>
          ))}
        </select>
      </td>
      <td>
        <select aria-label={t('protocol.setup.actorOf', { article: label })} value={actor} onChange={(e) => edit(setActor)(e.target.value as Actor)}>
          {ACTORS.map((a) => (
            <option key={a} value={a}>
              {t(ACTOR_LABEL[a])}
            </option>
          ))}
        </select>
      </td>
      <td>
        <input type="text" maxLength={500} aria-label={t('protocol.setup.noteOf', { article: label })} value={note} onChange={(e) => edit(setNote)(e.target.value)} />
      </td>
      <td className="nowrap">
        <button
          type="button"
          className="btn small"
          disabled={!changed || update.isPending}
          aria-label={t('protocol.setup.saveOf', { article: label })}
          onClick={() => update.mutate({ id: rule.id, article, category: category === shown ? rule.category : category, action, actor, note }, { onSuccess: () => setSaved(true) })}
        >
          {t('protocol.common.save')}
        </button>{' '}
        <button type="button" className="btn small danger" disabled={remove.isPending} aria-label={t('protocol.setup.deleteRuleOf', { article: label })} onClick={() => remove.mutate({ id: rule.id })}>
          {t('protocol.common.delete')}
        </button>
        {saved && <span className="lookup-ok" role="status"> {t('protocol.common.saved')}</span>}
        {(update.error || remove.error) && <span className="lookup-error" role="alert"> {errorMessage(t, update.error ?? remove.error)}</span>}
      </td>
    </tr>
  );
}

function AddRule() {
  const { t } = useTranslation();
  const create = useApiMutation('protocol.rules.create');
  const [article, setArticle] = useState('');
  const [category, setCategory] = useState('');
  const [action, setAction] = useState<RuleAction>('hide');
  const [actor, setActor] = useState<Actor>('inHouse');
  return (
    <form
      className="add-rule"
      aria-labelledby="add-rule-h"
      onSubmit={(e) => {
        e.preventDefault();
        create.mutate({ article, category, action, actor }, { onSuccess: () => { setArticle(''); setCategory(''); } });
      }}
    >
      <h3 id="add-rule-h">{t('protocol.setup.addRule')}</h3>
      <div className="form-grid">
        <label htmlFor="add-rule-article">{t('protocol.doc.col.article')}</label>
        <input id="add-rule-article" type="text" className="short" required maxLength={20} value={article} onChange={(e) => setArticle(e.target.value)} />
        <label htmlFor="add-rule-category">{t('protocol.doc.col.category')}</label>
        <input id="add-rule-category" type="text" required maxLength={200} value={category} onChange={(e) => setCategory(e.target.value)} />
        <label htmlFor="add-rule-action">{t('protocol.doc.col.action')}</label>
        <select id="add-rule-action" value={action} onChange={(e) => setAction(e.target.value as RuleAction)}>
          {RULE_ACTIONS.map((a) => (
            <option key={a} value={a}>
              {t(ACTION_LABEL[a])}
            </option>
          ))}
        </select>
        <label htmlFor="add-rule-actor">{t('protocol.doc.col.actor')}</label>
        <select id="add-rule-actor" value={actor} onChange={(e) => setActor(e.target.value as Actor)}>
          {ACTORS.map((a) => (
            <option key={a} value={a}>
              {t(ACTOR_LABEL[a])}
            </option>
          ))}
        </select>
      </div>
      {create.error && <Notice kind="error">{errorMessage(t, create.error)}</Notice>}
      <div className="actions">
        <button type="submit" className="btn" disabled={create.isPending}>
          {t('protocol.setup.addRuleButton')}
        </button>
      </div>
    </form>
  );
}
