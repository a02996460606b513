import type { Registry } from '../../rulesets/registry.ts';
import { categories, type Language } from '../../rulesets/schema.ts';
import { mayOpen } from '../access.ts';
import { teachingProblems, type Answers, type ScenarioAssessment, type Score } from '../../training/assess.ts';
import type { TrainingScenario } from '../../training/load.ts';
import type { TrainingText } from '../../training/schema.ts';
import { FindingList } from '../findings.tsx';
import { href, type Frame } from '../frame.tsx';
import { WITH_ENGLISH, type T } from '../i18n.ts';
import { serviceNames } from '../lab/run.ts';
import { Layout } from '../layout.tsx';
import { PostForm } from '../post-form.tsx';
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
  frame: Frame;
  registry: Registry;
}

export function TrainingListPage({ frame, registry, scenarios }: Common & { scenarios: readonly TrainingScenario[] }) {
  const { lang, t } = frame;
  return (
    <Layout frame={frame} title={t('trainingTitle')} section="training">
      <h1>{t('trainingTitle')}</h1>
      <p class="lead">{t('trainingIntro')}</p>
      <p class="note">{t('progressNote')}</p>
      <p class="overall" data-progress-overall={String(scenarios.length)} data-text={t('overallProgress')} hidden></p>
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
      {mayOpen(frame.role, 'trainer') ? (
        <p>
          <a href={href('/training/trainer', lang)}>{t('forTrainers')}</a>
        </p>
      ) : null}
    </Layout>
  );
}

function Mark({ correct, t }: { correct: boolean; t: T }) {
  return <strong class={correct ? 'right' : 'wrong'}>{correct ? `✓ ${t('correct')}` : `✗ ${t('wrong')}`}</strong>;
}

function Feedback({ scenario, assessment, score, lang, t, next }: { scenario: TrainingScenario; assessment: Ok; score: Score; lang: Language; t: T; next: TrainingScenario | undefined }) {
  const label = (i: number) => scenario.changes[i]!.label;
  const titles = (ids: string[]) => ids.map((id) => assessment.choices.find((c) => c.id === id)?.title ?? id).join(', ');
  const rules = (ids: string[]) => (ids.length ? titles(ids) : t('noRuleApplies'));
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
                  {effect.removed.length ? t('changeFixes', { rules: titles(effect.removed) }) : t('changeNothing')}
                  {effect.added.length ? ` ${t('changeAdds', { rules: titles(effect.added) })}` : ''}
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
              {score.rule.missed.length ? ` ${t('youMissed', { rules: titles(score.rule.missed) })}.` : ''}
              {score.rule.extra.length ? ` ${t('youAdded', { rules: titles(score.rule.extra) })}.` : ''}
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
      <NextScenario next={next} lang={lang} t={t} />
    </section>
  );
}

/** The link on to the next scenario in the list, or back to the list after the last. */
function NextScenario({ next, lang, t }: { next: TrainingScenario | undefined; lang: Language; t: T }) {
  return (
    <p class="next">
      {next ? (
        <a href={href(`/training/${next.id}`, lang)} rel="next">
          {t('nextScenario')}: <Text text={next.title} lang={lang} as="span" />
        </a>
      ) : (
        <a href={href('/training', lang)}>{t('lastScenario')}</a>
      )}
    </p>
  );
}

export function ScenarioPage({ frame, registry, scenario, next, assessment, answers, score }: Common & { scenario: TrainingScenario; next: TrainingScenario | undefined; assessment: ScenarioAssessment; answers?: Answers; score?: Score }) {
  const { lang, t } = frame;
  const untranslated = !translated(scenario, lang);
  return (
    <Layout frame={frame} title={scenario.title[lang] ?? scenario.title.nb} section="training">
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
          {score ? <Feedback scenario={scenario} assessment={assessment} score={score} lang={lang} t={t} next={next} /> : null}
          <h2>{t('theCase')}</h2>
          <Text text={scenario.story} lang={lang} />
          <details class="proposal">
            <summary>{t('proposal')}</summary>
            <RequestSummary request={scenario.request} lang={lang} t={t} serviceNames={serviceNames(registry, lang)} />
          </details>
          <PostForm path={`/training/${scenario.id}`} fragment="feedback" class="questions">
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
                          {choice.title} <span class="meta">({choice.citation})</span>
                        </label>
                      </div>
                    ))}
                  </fieldset>
                );
              })}
            </fieldset>
            <button type="submit">{t('checkAnswers')}</button>
          </PostForm>
          {score ? null : <NextScenario next={next} lang={lang} t={t} />}
        </>
      )}
    </Layout>
  );
}

export function TrainerPage({ frame, registry, rows }: Common & { rows: { scenario: TrainingScenario; assessment: ScenarioAssessment }[] }) {
  const { lang, t } = frame;
  const coverage = categories.map((category) => [category, rows.filter((r) => categoriesOf(registry, r.scenario).includes(category)).length] as const);
  return (
    <Layout frame={frame} title={t('trainerTitle')} section="trainer">
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
                {problems.length === 0 ? (
                  <span class="right">✓ {t('teachingOk')}</span>
                ) : (
                  <strong class="wrong">
                    ✗ {t('teachingMismatch')}: {problems.map((p) => ('rule' in p ? t(p.problem === 'focus-silent' ? 'focusSilent' : 'silentFires', { rule: p.rule }) : `${p.path}: ${p.message}`)).join('; ')}
                  </strong>
                )}
              </dd>
            </dl>
          </article>
        );
      })}
    </Layout>
  );
}
