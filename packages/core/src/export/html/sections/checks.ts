import { REPORT_TEXT as T } from '../../../report/text.js';
import { SEVERITY_LABELS } from '../../../validate/finding.js';
import { formatFinding } from '../../../validate/format-finding.js';
import { e, section, type HtmlSection } from '../common.js';

/** The checks of the logic: every finding, with its severity. */
export const checks: HtmlSection = {
  id: 'checks',
  render({ findings, language: l }) {
    const body = findings.length
      ? `<ul>${findings.map((f) => `<li><strong>${SEVERITY_LABELS[f.severity][l]}:</strong> ${e(formatFinding(f, l))}</li>`).join('')}</ul>`
      : `<p>${T.noFindings[l]}</p>`;
    return section('checks', T.quality[l], body);
  },
};
