import { parseDocument, serializeDocument, type Document, type ParseResult } from '@veranderlogica/core';

/** A file name from a title: lower case, dashes, no characters file systems dislike. */
export function fileNameFor(title: string, extension: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `${base || 'veranderlogica'}.${extension}`;
}

/** Offers a file to the user: the browser's save dialog where it has one, a download otherwise. */
export async function offerFile(
  name: string,
  content: Blob,
  description: string,
  accept: Record<string, string[]>,
): Promise<string | undefined> {
  const picker = (window as unknown as { showSaveFilePicker?: (options: unknown) => Promise<FileSystemFileHandle> }).showSaveFilePicker;
  if (picker) {
    try {
      const handle = await picker({ suggestedName: name, types: [{ description, accept }] });
      const writable = await handle.createWritable();
      await writable.write(content);
      await writable.close();
      return handle.name;
    } catch (error) {
      if ((error as DOMException).name === 'AbortError') return undefined;
      // Fall through to a plain download (e.g. the picker is blocked in this context).
    }
  }
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

export function saveDocument(doc: Document): Promise<string | undefined> {
  const stamped = { ...doc, meta: { ...doc.meta, updated: new Date().toISOString() } };
  return offerFile(fileNameFor(doc.title, 'json'), new Blob([serializeDocument(stamped)], { type: 'application/json' }), 'Veranderlogica', {
    'application/json': ['.json'],
  });
}

/** Reads a file the user chose or dropped; never throws. */
export async function readDocumentFile(file: File): Promise<ParseResult> {
  try {
    return parseDocument(await file.text());
  } catch (error) {
    return { ok: false, errors: [{ code: 'json-syntax', path: '', message: { nl: String(error), en: String(error) } }] };
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
