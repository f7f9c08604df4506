import { formatMessage } from '../../../i18n/format.js';
import { planDiffSections } from '../../../analysis/plan-diff.js';
import { REPORT_TEXT as T } from '../../../report/text.js';
import { e, section, type HtmlSection } from '../common.js';

/** What changed in content since a kept version (by default the latest), part by part. */
export const changes: HtmlSection = {
  id: 'changes',
  render({ changes: since, document: doc, language: l }) {
    if (!since) return '';
    const { version, diff, before } = since;
    const titles = new Map([...before.nodes, ...doc.nodes].map((node) => [node.id, node.title]));
    const parts = planDiffSections(diff, l, (id) => titles.get(id) ?? id, { ids: false });
    const sign = (mark: string) => (mark === '-' ? 'removed' : mark === '+' ? 'added' : 'changed');
    const lines = parts
      .map(
        (part) =>
          `<h3>${e(part.heading)} (${part.lines.length})</h3><ul class="changes">${part.lines
            .map(
              (line) =>
                `<li data-sign="${sign(line.sign)}">${line.sign === '-' ? '− ' : line.sign === '+' ? '+ ' : ''}${e(line.text)}</li>`,
            )
            .join('')}</ul>`,
      )
      .join('');
    const intro = `<p>${e(formatMessage(T.changesIntro[l], { name: version.name, day: version.created.slice(0, 10) }, l))}</p>`;
    return section(
      'changes',
      `${T.changesSince[l]} ${e(version.name)}`,
      intro + (diff.changed ? lines : `<p>${T.noChanges[l]}</p>`),
      'major',
    );
  },
};
