import { readdir } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { documentAreas, formatDate, formatNumber, NODE_KINDS, type Document } from '@veranderlogica/core';
import { PROGRESS_STATUSES } from '@veranderlogica/core/measurements';
import {
  assembleRegion,
  indicatorRollup,
  planName,
  regionalContributions,
  regionalCoverage,
  regionalPartners,
  regionFindings,
  regionReportHtml,
  ROLLUPS,
  wordRegionReport,
} from '@veranderlogica/core/region';
import { readPlanLink } from '@veranderlogica/core/sync';
import { regionNetworkSvg } from '@veranderlogica/layout';
import { exportContext } from '@veranderlogica/layout/node';
import { chromiumSession, findChromium, NoBrowserError } from '../chromium.js';
import type { CliCommand } from '../context.js';
import { output, readDocument, UserError } from '../files.js';
import { MESSAGES, say, term } from '../messages.js';
import { fetchPlan } from '../plan-links.js';

/** Most plans one region folder may hold: 25 municipalities and a region many times over. */
const MAX_PLANS = 500;

/** A room's plan as the region lists it: its room id, the token left out. */
const roomName = (link: string) => readPlanLink(link)?.room ?? link.slice(0, 60);

/** `work` on every item, at most `limit` at once, the answers in the items' order. */
async function mapLimited<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const answers: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const at = next++;
      answers[at] = await work(items[at]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return answers;
}

/**
 * `region [dir] [--room link…] [--json] [-o report.html|report.docx]`: the region in a folder of plans and the rooms of its plan links — who carries which regional
 * goal, gaps and overlaps across the region, indicators rolled up, what does not fit — and its report.
 */
export const region: CliCommand = (program, context) =>
  program
    .command('region')
    .description(MESSAGES.regionHelp[context.lang])
    .argument(`[${term('dir', context.lang)}]`, MESSAGES.argRegionDir[context.lang])
    .option('--room <link>', MESSAGES.optRegionRoom[context.lang], (link: string, links: string[] = []) => [...links, link])
    .option('--json', MESSAGES.optJson[context.lang])
    .option('-o, --output <file>', MESSAGES.optRegionOutput[context.lang])
    .action(async (dir: string | undefined, options: { room?: string[]; json?: boolean; output?: string }) => {
      const { lang, io } = context;
      const links = options.room ?? [];
      if (dir === undefined && links.length === 0) throw new UserError(MESSAGES.regionWhat[lang]);
      let names: string[] = [];
      if (dir !== undefined) {
        try {
          names = (await readdir(dir)).filter((name) => extname(name).toLowerCase() === '.json').sort();
        } catch (error) {
          throw new UserError(say('regionNone', { dir }, lang) + ` (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
        }
      }
      const where = dir ?? links.join(' ');
      if (names.length + links.length > MAX_PLANS) throw new UserError(say('regionTooMany', { dir: where, max: MAX_PLANS }, lang));
      // Every plan that reads joins; one that does not is named and skipped, and the region is shown without it.
      const plans: { file: string; document: Document }[] = [];
      const skip = (file: string, error: unknown) =>
        io.stderr(
          say(
            'regionSkipped',
            {
              file,
              reason:
                error instanceof UserError
                  ? error.message
                      .split('\n')
                      .slice(0, 2)
                      .map((line) => line.trim())
                      .join(' ')
                  : String(error),
            },
            lang,
          ) + '\n',
        );
      for (const name of names) {
        try {
          plans.push({ file: name, document: await readDocument(join(dir!, name), context) });
        } catch (error) {
          skip(name, error);
        }
      }
      // Plans from rooms, a few at a time: each server answers on its own time.
      const fetched = await mapLimited(links, 4, (link) =>
        fetchPlan(link, context).then(
          (document) => ({ file: roomName(link), document }),
          (error: unknown) => {
            skip(roomName(link), error);
            return undefined;
          },
        ),
      );
      for (const entry of fetched) if (entry) plans.push(entry);
      const found = assembleRegion(plans.map((plan) => plan.document));
      if (!found.regional) throw new UserError(say('regionNone', { dir: where }, lang));
      const fileOf = (plan: Document) => plans.find((entry) => entry.document === plan)?.file ?? '';
      const findings = regionFindings(found);
      if (findings.some((finding) => finding.severity === 'error')) context.exitCode = Math.max(context.exitCode, 1);
      if (options.output !== undefined) {
        // The regional plan's picture, drawn as every export draws it; a Word file's PNG stand-in by Chromium where there is one.
        const picture = await exportContext(found.regional, { language: lang }).picture!();
        const kind = extname(options.output).toLowerCase();
        const word = kind === '.docx';
        const chromium = chromiumSession(context.raw.env);
        try {
          const rasterise = word && (await findChromium(context.raw.env)) ? { rasterise: chromium.rasterise } : {};
          const network = regionNetworkSvg(found, { language: lang });
          const html = word ? '' : regionReportHtml(found, { language: lang, picture, network });
          const report = word
            ? await wordRegionReport(found, { language: lang, picture, network, ...rasterise })
            : kind === '.pdf'
              ? await chromium.print(html).catch((error: unknown) => {
                  if (error instanceof NoBrowserError) throw new UserError(MESSAGES.noBrowser[lang]);
                  throw error;
                })
              : html;
          await output(report, options.output, context);
        } finally {
          await chromium.close();
        }
        return;
      }
      const contributions = regionalContributions(found);
      const coverage = regionalCoverage(found);
      const rollup = indicatorRollup(found);
      if (options.json) {
        const plan = (document: Document) => ({ id: document.id, name: planName(document), file: fileOf(document) });
        const json = {
          regional: plan(found.regional),
          municipalities: found.municipalities.map(plan),
          others: found.others.map(plan),
          contributions: contributions.map(({ card, municipalities }) => ({
            card: { id: card.id, kind: card.kind, title: card.title },
            municipalities: municipalities.map((entry) => ({
              plan: entry.plan.id,
              cards: entry.cards.map((node) => node.id),
              interventions: entry.interventions.map((node) => node.id),
            })),
          })),
          coverage: {
            areas: coverage.areas.map((area) => area.id),
            targetGroups: coverage.targetGroups,
            municipalities: found.municipalities.map((document) => document.id),
            cells: coverage.cells,
          },
          rollup: rollup.map((row) => ({
            code: row.code,
            title: row.title,
            unit: row.unit,
            rule: row.rule,
            value: row.value ?? null,
            date: row.date ?? null,
            status: row.status ?? null,
            missing: row.missing,
            municipalities: row.municipalities.map((entry) => ({
              plan: entry.plan.id,
              value: entry.latest?.value ?? null,
              date: entry.latest?.date ?? null,
              status: entry.status,
            })),
          })),
          partners: regionalPartners(found).map((partner) => ({
            name: partner.name,
            code: partner.code ?? null,
            plans: partner.plans.map((entry) => entry.plan.id),
          })),
          findings: findings.map((finding) => ({
            code: finding.code,
            severity: finding.severity,
            plan: finding.plan,
            ids: finding.ids,
            message: finding.message[lang],
          })),
        };
        context.raw.stdout(JSON.stringify(json, null, 2) + '\n');
        return;
      }
      const list = (items: readonly string[]) => items.join(', ');
      const lines = [
        say('regionTitle', { title: found.regional.title, file: fileOf(found.regional), count: found.municipalities.length }, lang),
        `  ${list(found.municipalities.map(planName))}`,
      ];
      if (found.others.length)
        lines.push(say('regionOthers', { names: list(found.others.map((plan) => `${planName(plan)} (${fileOf(plan)})`)) }, lang));
      lines.push('', MESSAGES.regionContributions[lang]);
      for (const { card, municipalities } of contributions)
        lines.push(
          say(
            'regionCarried',
            {
              kind: NODE_KINDS.labels[card.kind][lang],
              title: card.title,
              count: municipalities.length,
              names: municipalities.length ? `: ${list(municipalities.map((entry) => planName(entry.plan)))}` : '',
            },
            lang,
          ),
        );
      const areaLabel = new Map(documentAreas(found.regional).map((area) => [area.id, area.label[lang]]));
      lines.push('', MESSAGES.regionCoverage[lang]);
      for (const row of coverage.cells)
        for (const cell of row) {
          const where = { area: areaLabel.get(cell.area) ?? cell.area, group: cell.targetGroup };
          if (cell.status === 'gap') lines.push(say('regionNowhere', where, lang));
          else if (cell.missing.length) lines.push(say('regionGap', { ...where, names: list(cell.missing) }, lang));
          if (cell.status === 'overlap') {
            const titles = cell.shared.map((id) => found.regional!.nodes.find((node) => node.id === id)?.title ?? id);
            lines.push(say('regionOverlap', { ...where, cards: list(titles) }, lang));
          }
        }
      lines.push('', MESSAGES.regionIndicators[lang]);
      for (const row of rollup)
        lines.push(
          say(
            'regionIndicator',
            {
              code: row.code,
              title: row.title,
              rule: ROLLUPS.labels[row.rule][lang],
              value:
                row.value === undefined
                  ? MESSAGES.regionNoValue[lang]
                  : `${formatNumber(Math.round(row.value * 100) / 100, lang)}${row.unit ? ` ${row.unit}` : ''} (${formatDate(row.date!, lang)})`,
              status: row.status ? ` — ${PROGRESS_STATUSES.labels[row.status][lang]}` : '',
              missing: row.missing.length ? say('regionWithout', { names: list(row.missing) }, lang) : '',
            },
            lang,
          ),
        );
      lines.push('', MESSAGES.regionFindings[lang]);
      if (findings.length === 0) lines.push(`  ${MESSAGES.regionFit[lang]}`);
      for (const finding of findings)
        lines.push(`  ${finding.severity === 'error' ? '✖' : finding.severity === 'warning' ? '▲' : '·'} ${finding.message[lang]}`);
      io.stdout(lines.join('\n') + '\n');
    });
