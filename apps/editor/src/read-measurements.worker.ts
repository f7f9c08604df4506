/// <reference lib="webworker" />
/**
 * Reads a file of measurements off the page's thread: a large or hostile workbook then costs this worker, which the
 * dialog can stop, never the editor. Answers with the table, or with why it cannot be read in both languages.
 */
import { readCsvTable, readMeasurementWorkbook, UnreadableFileError } from '@veranderlogica/core/measurements';
import { inEveryLanguage, type Localized } from '@veranderlogica/core';
import type { ReadRequest, ReadAnswer } from './read-measurements.js';

self.onmessage = async (event: MessageEvent<ReadRequest>) => {
  const { file, csv } = event.data;
  let answer: ReadAnswer;
  try {
    const table = csv ? await readCsvTable(await file.text()) : (await readMeasurementWorkbook(await file.arrayBuffer())).table;
    answer = { table };
  } catch (reason) {
    const message = reason instanceof Error ? reason.message : String(reason);
    const why: Localized = reason instanceof UnreadableFileError ? reason.localized : inEveryLanguage(() => message);
    answer = { error: why };
  }
  self.postMessage(answer);
};
