import type { Reactienota } from '../../review/reactienota.js';
import { heading, loadDocx, paragraph, table, textSection, wordFile, type WordSection } from './common.js';

/**
 * The reactienota as a Word file (.docx, A4): the plan and its status, the review rounds with who responded, and
 * per partner a table of every comment and suggestion with its answer and what it meant for the plan.
 *
 * @example
 * const bytes = await wordReactienota(reactienota(document, { language: 'nl' }));
 */
export async function wordReactienota(nota: Reactienota): Promise<Uint8Array> {
  const d = await loadDocx();
  const t = nota.texts;
  const blocks: WordSection['children'][number][] = [
    new d.Paragraph({ style: 'Title', children: [new d.TextRun({ text: `${nota.title}: ${nota.planTitle}` })] }),
    paragraph(d, t.intro),
    table(
      d,
      [t.plan, nota.planTitle],
      [
        [t.status, nota.adoption ?? nota.status],
        ['', nota.summary],
      ],
    ),
  ];
  for (const round of nota.rounds) {
    blocks.push(heading(d, `${t.round}: ${round.title}`, 1), paragraph(d, round.deadline));
    blocks.push(
      table(
        d,
        [t.partner, t.responded],
        round.partners.map((partner) => [
          partner.name,
          partner.responded ? `${t.responded} (${partner.comments + partner.suggestions})` : t.notResponded,
        ]),
      ),
    );
  }
  if (nota.sections.length === 0) blocks.push(paragraph(d, t.none));
  for (const section of nota.sections) {
    blocks.push(heading(d, section.partner, 1));
    blocks.push(
      table(
        d,
        [t.about, t.reaction, t.answer, t.outcome],
        section.items.map((item) => [item.about, `${item.text}\n— ${item.author}`, item.answer, item.outcome]),
      ),
    );
  }
  return wordFile(d, { title: `${nota.title}: ${nota.planTitle}`, description: nota.summary, language: nota.language }, [
    textSection(d, blocks),
  ]);
}
