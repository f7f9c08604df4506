import { describe, expect, it, vi } from 'vitest';
import type * as Locales from '@veranderlogica/locales';

// A third language added the one way the project allows: a file in `@veranderlogica/locales`, listed by
// `npm run generate` in LANGUAGES and every package's part. Here it is made from English with every text marked ⟪…⟫, so a text in it that is not marked came
// from code that names the two languages it was written for.
vi.mock('@veranderlogica/locales', async (original) => {
  const real = await original<typeof Locales>();
  type Tree = { readonly [key: string]: string | Tree };
  const mark = <T>(tree: T): T =>
    Object.fromEntries(
      Object.entries(tree as Tree).map(([key, value]) => [key, typeof value === 'string' ? `⟪${value}⟫` : mark(value)]),
    ) as T;
  const core = mark(real.CORE.en);
  const qq = {
    ...core,
    i18n: {
      self: { name: 'Testtaal', switchTo: 'Naar de testtaal', hyphenation: 'qq' },
      format: { ...core.i18n.format, locales: 'en-GB' },
    },
  };
  const withQq = <P>(part: { readonly en: P }) => ({ ...part, qq: mark(part.en) });
  return {
    ...real,
    LANGUAGES: [...real.LANGUAGES, 'qq'],
    CORE: { ...real.CORE, qq },
    LAYOUT: withQq(real.LAYOUT),
    UI: withQq(real.UI),
    VIEWER: withQq(real.VIEWER),
    SERVER: withQq(real.SERVER),
    CLI: withQq(real.CLI),
  };
});

const core = await import('../index.js');
const { getTemplate, validate, formatFinding, parseDocument, serializeDocument, NODE_KINDS, LANGUAGES } = core;
const { toMarkdownReport } = await import('../export/markdown.js');
const { explainForbiddenConnection } = await import('../model/connections.js');
const language = 'qq' as (typeof LANGUAGES)[number];

describe('a language added only as a catalogue', () => {
  const document = getTemplate('voorbeeldregio')!.create();

  it('is a language of the core, of the format and of its vocabulary', () => {
    expect(LANGUAGES).toContain('qq');
    expect(core.isLanguage('qq')).toBe(true);
    expect(NODE_KINDS.labels.goal[language]).toBe('⟪Goal⟫');
    expect(core.languageInfo(language).name).toBe('Testtaal');
    const read = parseDocument(serializeDocument({ ...document, language }));
    expect(read.ok && read.document.language).toBe('qq');
  });

  it('speaks in the checks, the refusals and the formatter', () => {
    const findings = validate(document);
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) expect(formatFinding(finding, language)).toMatch(/⟪/);
    expect(explainForbiddenConnection('goal', 'intervention')[language]).toMatch(/^⟪/);
    expect(core.formatNumber(Number.NaN, language)).toBe('⟪not a number⟫');
    expect(core.formatPercent(0.5, language)).toBe('⟪50%⟫');
  });

  it('writes a report in it, every heading from its catalogue', () => {
    const report = toMarkdownReport(document, { language });
    const headings = report.split('\n').filter((line) => line.startsWith('## '));
    expect(headings.length).toBeGreaterThan(3);
    for (const heading of headings) expect(heading, heading).toMatch(/⟪/);
  });

  it('gives the workshop its subject packs in it', async () => {
    const { topicStep } = await import('../topics/index.js');
    const step = topicStep(document, 'interventions');
    expect(step.guidance[language]).toMatch(/^⟪/);
    expect(step.questions.every((question) => question[language]?.startsWith('⟪'))).toBe(true);
  });
});
