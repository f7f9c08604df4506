import { REPORT_TEXT as T } from '../../../report/text.js';
import { e, EXTRA, section, type HtmlSection } from '../common.js';

/** The open questions from the parking lot. */
export const openQuestions: HtmlSection = {
  id: 'open-questions',
  render({ openQuestions: questions, language: l }) {
    const body = questions.length
      ? `<ul class="open-questions">${questions.map((item) => `<li>${e(item.text)}</li>`).join('')}</ul>`
      : `<p class="muted">${EXTRA.noQuestions[l]}</p>`;
    return section('open-questions', T.openQuestions[l], body);
  },
};
