import { stepGuide, stepProgress, WORKSHOP_GUIDE } from '@veranderlogica/core/workshop';
import { WORKSHOP_STEPS, type Document, type WorkshopStep } from '@veranderlogica/core';
import { useTranslation } from '../i18n/translate.js';

export interface WorkshopStepperProps {
  readonly document: Document;
  readonly step: WorkshopStep;
  readonly onStep: (step: WorkshopStep) => void;
}

/**
 * The six steps of a bliksemtraject as a stepper: where the room is, the
 * guidance and questions for this step, and what is still missing (from the
 * core's checks). A tick marks steps with nothing missing.
 *
 * @example
 * <WorkshopStepper document={doc} step={doc.workshop?.step ?? 'problem'} onStep={setStep} />
 */
export function WorkshopStepper({ document, step, onStep }: WorkshopStepperProps) {
  const { t, l } = useTranslation();
  const guide = stepGuide(step, document);
  const progress = stepProgress(document, step);
  const index = WORKSHOP_STEPS.values.indexOf(step);
  return (
    <section className="vl-panel vl-stepper" aria-label={t('workshop.title')}>
      <h2 className="vl-panel__title">{t('workshop.title')}</h2>
      <ol className="vl-stepper__steps" aria-label={t('workshop.steps')}>
        {WORKSHOP_GUIDE.map((g, i) => {
          const done = stepProgress(document, g.step).missing.length === 0;
          return (
            <li key={g.step}>
              <button
                type="button"
                className={`vl-stepper__step${g.step === step ? ' vl-stepper__step--current' : ''}${done ? ' vl-stepper__step--done' : ''}`}
                aria-current={g.step === step ? 'step' : undefined}
                onClick={() => onStep(g.step)}
                data-step={g.step}
              >
                <span className="vl-stepper__number" aria-hidden="true">
                  {done ? '✓' : i + 1}
                </span>
                {l(g.title)}
              </button>
            </li>
          );
        })}
      </ol>
      <div className="vl-stepper__body" aria-live="polite">
        <p className="vl-muted">
          {t('workshop.step', { number: index + 1, total: WORKSHOP_GUIDE.length })} · {t('workshop.count', { count: progress.count })}
        </p>
        <h3 className="vl-stepper__title">{l(guide.title)}</h3>
        <p className="vl-stepper__guidance">{l(guide.guidance)}</p>
        <h4>{t('workshop.questions')}</h4>
        <ul className="vl-stepper__questions">
          {guide.questions.map((question) => (
            <li key={question.nl}>{l(question)}</li>
          ))}
        </ul>
        <h4>{t('workshop.missing')}</h4>
        {progress.missing.length === 0 ? (
          <p className="vl-stepper__complete">{t('workshop.complete')}</p>
        ) : (
          <ul className="vl-stepper__missing">
            {progress.missing.map((item) => (
              <li key={item.nl}>{l(item)}</li>
            ))}
          </ul>
        )}
      </div>
      <div className="vl-stepper__nav">
        <button type="button" className="vl-button" disabled={index === 0} onClick={() => onStep(WORKSHOP_STEPS.values[index - 1]!)}>
          ← {t('workshop.previous')}
        </button>
        <button
          type="button"
          className="vl-button"
          disabled={index === WORKSHOP_STEPS.values.length - 1}
          onClick={() => onStep(WORKSHOP_STEPS.values[index + 1]!)}
        >
          {t('workshop.next')} →
        </button>
      </div>
    </section>
  );
}
