import {
  type Document,
  exportFileName,
  inEveryLanguage,
  type Localized,
  parseDocument,
  type ParseResult,
  writableText,
} from '@veranderlogica/core';

type SavePicker = (options: unknown) => Promise<FileSystemFileHandle>;

function savePicker(): SavePicker | undefined {
  return (window as unknown as { showSaveFilePicker?: SavePicker }).showSaveFilePicker;
}

/** Whether the browser can write to a file the user picked (File System Access API), rather than only download. */
export function canPickSaveLocation(): boolean {
  return typeof savePicker() === 'function';
}

async function write(handle: FileSystemFileHandle, content: Blob): Promise<void> {
  const writable = await handle.createWritable();
  await writable.write(content);
  await writable.close();
}

/** Offers text as a downloaded file (for text that must leave the browser even when nothing else works). */
export function downloadText(name: string, text: string): string {
  return download(name, new Blob([text], { type: 'application/json' }));
}

function download(name: string, content: Blob): string {
  const url = URL.createObjectURL(content);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}

/** Where a file went: its name, and the handle to write to it again when the browser gave one. */
export interface SavedFile {
  readonly name: string;
  readonly handle?: FileSystemFileHandle;
}

/**
 * Offers a file to the user: the browser's save dialog where it has one, a
 * download otherwise. Resolves to `undefined` when the user cancels.
 */
export async function offerFile(
  name: string,
  content: Blob,
  description: string,
  accept: Record<string, string[]>,
): Promise<SavedFile | undefined> {
  const picker = savePicker();
  if (picker) {
    try {
      const handle = await picker({ suggestedName: name, types: [{ description, accept }] });
      await write(handle, content);
      return { name: handle.name, handle };
    } catch (error) {
      if ((error as DOMException).name === 'AbortError') return undefined;
      // Fall through to a plain download (e.g. the picker is blocked in this context).
    }
  }
  return { name: download(name, content) };
}

/** A plan the format would refuse (too large, say): nothing is written, and `problem` says what to do. */
export class NotWritableError extends Error {
  readonly problem: Localized;
  constructor(problem: Localized) {
    super(problem.en);
    this.name = 'NotWritableError';
    this.problem = problem;
  }
}

function documentBlob(doc: Document): Blob {
  const stamped = { ...doc, meta: { ...doc.meta, updated: new Date().toISOString() } };
  const written = writableText(stamped);
  if (!written.ok) throw new NotWritableError(written.problem);
  return new Blob([written.text], { type: 'application/json' });
}

/**
 * Saves the document. With the handle of an earlier save it writes that file
 * again without asking ("Save"); without one it asks where ("Save as").
 */
export async function saveDocument(doc: Document, handle?: FileSystemFileHandle): Promise<SavedFile | undefined> {
  if (handle) {
    try {
      await write(handle, documentBlob(doc));
      return { name: handle.name, handle };
    } catch {
      // Permission withdrawn or the file is gone: ask again.
    }
  }
  return offerFile(exportFileName(doc.title, { extension: 'json' }, doc.language), documentBlob(doc), 'Veranderlogica', {
    'application/json': ['.json'],
  });
}

/** Reads a file the user chose or dropped; never throws. */
export async function readDocumentFile(file: File): Promise<ParseResult> {
  try {
    return parseDocument(new Uint8Array(await file.arrayBuffer()));
  } catch (error) {
    return { ok: false, errors: [{ code: 'json-syntax', path: '', message: inEveryLanguage(() => String(error)) }] };
  }
}

/** Asks the user for a file with the standard file input. */
export function chooseFile(): Promise<File | undefined> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json';
    input.addEventListener('change', () => resolve(input.files?.[0]));
    input.addEventListener('cancel', () => resolve(undefined));
    input.click();
  });
}
