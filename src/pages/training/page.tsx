import type { Context } from 'hono';
import type { AppEnv } from '../../api/app.ts';
import type { Registry } from '../../rulesets/registry.ts';
import { categories, type Language } from '../../rulesets/schema.ts';
import { teachingProblems, type Answers, type ScenarioAssessment, type Score } from '../../training/assess.ts';
import type { TrainingScenario } from '../../training/load.ts';
import type { TrainingText } from '../../training/schema.ts';
import { FindingList } from '../findings.tsx';
import { WITH_ENGLISH, type T } from '../i18n.ts';
import { href, Layout } from '../layout.tsx';
import { serviceNames } from '../lab/page.tsx';
import { CsrfField } from '../session.tsx';
import { RequestSummary } from './summary.tsx';

type Ok = Extract<ScenarioAssessment, { ok: true }>;

/** A trainer's text in the learner's language, or bokmål, marked with the language it is in. */
function Text({ text, lang, as = 'p' }: { text: TrainingText; lang: Language; as?: 'p' | 'span' }) {
  const shown = text[lang] ? lang : 'nb';
  const Tag = as;
  return <Tag lang={shown === lang ? undefined : shown}>{text[shown]}</Tag>;
}

const translated = (s: TrainingScenario, lang: Language) => [s.title, s.story].every((text) => text[lang] !== undefined);
const languagesOf = (s: TrainingScenario) => WITH_ENGLISH.filter((l) => translated(s, l));

/** The categories of the rules a scenario teaches, looked up in every loaded version. */
export function categoriesOf(registry: Registry, s: TrainingScenario): string[] {
  const ids = new Set([...s.focus, ...s.silent]);
  const found = registry.versions.flatMap((v) => v.file.rules.filter((r) => ids.has(r.id)).map((r) => r.category));
  return categories.filter((c) => found.includes(c));
}

interface Common {
  c: Context<AppEnv>;
  lang: Language;
  t: T;
}

export function TrainingListPage({ c, lang, t, scenarios }: Common & { scenarios: readonly TrainingScenario[] }) {
  const { registry } = c.get('deps');
  return (
    <Layout lang={lang} t={t} title={t('trainingTitle')} section="training" offered={WITH_ENGLISH} url={c.req.url}>
      <h1>{t('trainingTitle')}</h1>
      <p class="lead">{t('trainingIntro')}</p>
      <p class="note">{t('progressNote')}</p>
      {scenarios.length === 0 ? <p>{t('noTraining')}</p> : null}
      <ol class="cards">
        {scenarios.map((s) => (
          <li class="card">
            <h2>
              <a href={href(`/training/${s.id}`, lang)}>
                <Text text={s.title} lang={lang} as="span" />
              </a>
            </h2>
            <p class="meta">
              {categoriesOf(registry, s)
                .map((cat) => t(`category.${cat as (typeof categories)[number]}`))
                .join(' · ')}
              {' · '}
              {languagesOf(s).join(', ')}
            </p>
            <p class="progress" data-progress-for={s.id} data-none={t('notTried')} data-best={t('best')} hidden></p>
          </li>
        ))}
      </ol>
      <p>
        <button type="button" class="secondary" data-progress-reset hidden>
          {t('resetProgress')}
        </button>
      </p>
      <p>
        <a href={href('/training/trainer', lang)}>{t('forTrainers')}</a>
      </p>
    </Layout>
  );
}

function Mark({ correct, t }: { correct: boolean; t: T }) {
  return <strong class={correct ? 'right' : 'wrong'}>{correct ? `✓ ${t('correct')}` : `✗ ${t('wrong')}`}</strong>;
}

function Feedback({ scenario, assessment, score, lang, t }: { scenario: TrainingScenario; assessment: Ok; score: Score; lang: Language; t: T }) {
  const label = (i: number) => scenario.changes[i]!.label;
  const rules = (ids: string[]) => (ids.length ? ids.join(', ') : t('noRuleApplies'));
  return (
    <section id="feedback" aria-labelledby="score" tabindex={-1} class="feedback">
      <h2 id="score" class="score" data-progress-scenario={scenario.id} data-score={String(score.points)} data-max={String(score.max)}>
        {t('yourScore', { score: score.points, max: score.max })}
      </h2>
      <ol class="marks">
        <li data-question="sign">
          {t('qSign')} <Mark correct={score.sign.correct} t={t} />
          {score.sign.correct ? null : <p>{t('rightAnswer', { answer: t(`sign.${assessment.verdict}`) })}</p>}
        </li>
        {score.change ? (
          <li data-question="change">
            {t('qChange')} <Mark correct={score.change.correct} t={t} />
            <ul>
              {assessment.changes.map((effect, i) => (
                <li>
                  <Text text={label(i)} lang={lang} as="span" />
                  {': '}
                  {effect.fixes ? '✓ ' : '✗ '}
                  {effect.removed.length ? t('changeFixes', { rules: effect.removed.join(', ') }) : t('changeNothing')}
                  {effect.added.length ? ` ${t('changeAdds', { rules: effect.added.join(', ') })}` : ''}
                </li>
              ))}
            </ul>
          </li>
        ) : null}
        <li data-question="rule">
          {t('qRule')} <Mark correct={score.rule.correct} t={t} />
          {score.rule.correct ? null : (
            <p>
              {t('rightAnswer', { answer: rules(score.rule.expected) })}
              {score.rule.missed.length ? ` ${t('youMissed', { rules: score.rule.missed.join(', ') })}.` : ''}
              {score.rule.extra.length ? ` ${t('youAdded', { rules: score.rule.extra.join(', ') })}.` : ''}
            </p>
          )}
        </li>
      </ol>
      <h2>{t('explanation')}</h2>
      <Text text={scenario.teaches} lang={lang} />
      <p>{t('explanationIntro')}</p>
      <FindingList findings={assessment.findings} lang={lang} t={t} headingLevel={3} />
      <p>
        <a href={href('/lab', lang === 'en' ? 'nb' : lang, { scenario: scenario.id })}>{t('openInLab')}</a>
      </p>
    </section>
  );
}

export function ScenarioPage({ c, lang, t, scenario, assessment, answers, score }: Common & { scenario: TrainingScenario; assessment: ScenarioAssessment; answers?: Answers; score?: Score }) {
  const { registry } = c.get('deps');
  const untranslated = !translated(scenario, lang);
  const query = lang === 'nb' ? '' : `?lang=${lang}`;
  return (
    <Layout lang={lang} t={t} title={scenario.title[lang] ?? scenario.title.nb} section="training" offered={WITH_ENGLISH} url={c.req.url}>
      <p class="crumbs">
        <a href={href('/training', lang)}>{t('backToList')}</a>
      </p>
      <h1>
        <Text text={scenario.title} lang={lang} as="span" />
      </h1>
      {untranslated ? <p class="note">{t('notTranslated')}</p> : null}
      {!assessment.ok ? (
        <div class="error-summary" role="alert">
          <h2>{t('scenarioBroken')}</h2>
          <ul>
            {assessment.errors.map((e) => (
              <li>{`${e.path}: ${e.message}`}</li>
            ))}
          </ul>
        </div>
      ) : (
        <>
          {score ? <Feedback scenario={scenario} assessment={assessment} score={score} lang={lang} t={t} /> : null}
          <h2>{t('theCase')}</h2>
          <Text text={scenario.story} lang={lang} />
          <details class="proposal">
            <summary>{t('proposal')}</summary>
            <RequestSummary request={scenario.request} lang={lang} t={t} serviceNames={serviceNames(registry, lang)} />
          </details>
          <form method="post" action={`/training/${scenario.id}${query}#feedback`} class="questions">
            <CsrfField c={c} />
            <h2>{t('questions')}</h2>
            <fieldset>
              <legend>{t('qSign')}</legend>
              {(['clear', 'warnings', 'blocked'] as const).map((v) => (
                <div class="field check">
                  <input type="radio" id={`sign-${v}`} name="sign" value={v} checked={answers?.sign === v} />
                  <label for={`sign-${v}`}>{t(`sign.${v}`)}</label>
                </div>
              ))}
            </fieldset>
            {scenario.changes.length > 0 ? (
              <fieldset aria-describedby="change-hint">
                <legend>{t('qChange')}</legend>
                <p class="hint" id="change-hint">
                  {t('pickAll')}
                </p>
                {scenario.changes.map((option, i) => (
                  <div class="field check">
                    <input type="checkbox" id={`change-${i}`} name="change" value={String(i)} checked={answers?.change.includes(i) ?? false} />
                    <label for={`change-${i}`}>
                      <Text text={option.label} lang={lang} as="span" />
                    </label>
                  </div>
                ))}
              </fieldset>
            ) : null}
            <fieldset aria-describedby="rule-hint">
              <legend>{t('qRule')}</legend>
              <p class="hint" id="rule-hint">
                {t('pickAllOrNone')}
              </p>
              {categories.map((category) => {
                const choices = assessment.choices.filter((choice) => choice.category === category);
                return choices.length === 0 ? null : (
                  <fieldset class="sub">
                    <legend>{t(`category.${category}`)}</legend>
                    {choices.map((choice) => (
                      <div class="field check">
                        <input type="checkbox" id={`rule-${choice.id}`} name="rule" value={choice.id} checked={answers?.rule.includes(choice.id) ?? false} />
                        <label for={`rule-${choice.id}`}>
                          <code>{choice.id}</code> – {choice.citation}
                        </label>
                      </div>
                    ))}
                  </fieldset>
                );
              })}
            </fieldset>
            <button type="submit">{t('checkAnswers')}</button>
          </form>
        </>
      )}
    </Layout>
  );
}

export function TrainerPage({ c, lang, t, rows }: Common & { rows: { scenario: TrainingScenario; assessment: ScenarioAssessment }[] }) {
  const { registry } = c.get('deps');
  const coverage = categories.map((category) => [category, rows.filter((r) => categoriesOf(registry, r.scenario).includes(category)).length] as const);
  return (
    <Layout lang={lang} t={t} title={t('trainerTitle')} section="training" offered={WITH_ENGLISH} url={c.req.url}>
      <p class="crumbs">
        <a href={href('/training', lang)}>{t('backToList')}</a>
      </p>
      <h1>{t('trainerTitle')}</h1>
      <p class="lead">{t('trainerIntro')}</p>
      <h2>{t('coverage')}</h2>
      <ul class="coverage">
        {coverage.map(([category, n]) => (
          <li data-category={category}>
            {t(`category.${category}`)}: {n > 0 ? `${n} ${t('scenarios').toLowerCase()}` : t('noScenariosYet')}
          </li>
        ))}
      </ul>
      <h2>{t('scenarios')}</h2>
      {rows.map(({ scenario, assessment }) => {
        const problems = teachingProblems(scenario, assessment);
        return (
          <article class="card trainer" data-scenario={scenario.id}>
            <h3>
              <a href={href(`/training/${scenario.id}`, lang)}>
                <Text text={scenario.title} lang={lang} as="span" />
              </a>
            </h3>
            <dl class="facts">
              <dt>{t('teaches')}</dt>
              <dd>
                <Text text={scenario.teaches} lang={lang} as="span" />
              </dd>
              {scenario.focus.length ? (
                <>
                  <dt>{t('focusRules')}</dt>
                  <dd>{scenario.focus.join(', ')}</dd>
                </>
              ) : null}
              {scenario.silent.length ? (
                <>
                  <dt>{t('silentRules')}</dt>
                  <dd>{scenario.silent.join(', ')}</dd>
                </>
              ) : null}
              <dt>{t('languages')}</dt>
              <dd>{languagesOf(scenario).join(', ')}</dd>
              <dt>{t('engineNow')}</dt>
              <dd>
                {assessment.ok ? `${t(`verdict.${assessment.verdict}`)}: ${assessment.rules.join(', ') || t('noRuleApplies')}` : '—'}
                <br />
                {problems.length === 0 ? <span class="right">✓ {t('teachingOk')}</span> : <strong class="wrong">✗ {t('teachingMismatch')}: {problems.join('; ')}</strong>}
              </dd>
            </dl>
          </article>
        );
      })}
    </Layout>
  );
}
