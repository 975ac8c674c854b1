import { readFileSync } from 'node:fs';

/**
 * The trace and settings files are UTF-8. A UTF-8 byte-order mark is dropped (Windows editors
 * write one, and the store and the Linux policy reader accept it too); a file in another
 * encoding is refused by name rather than read as garbage and blamed on its first line.
 */

export class InputFileError extends Error {}

/** Byte-order marks of encodings we refuse, longest first: UTF-32 LE's starts like UTF-16 LE's. */
const FOREIGN_BYTE_ORDER_MARKS: readonly { readonly bytes: readonly number[]; readonly encoding: string }[] = [
  { bytes: [0xff, 0xfe, 0x00, 0x00], encoding: 'UTF-32 LE' },
  { bytes: [0x00, 0x00, 0xfe, 0xff], encoding: 'UTF-32 BE' },
  { bytes: [0xff, 0xfe], encoding: 'UTF-16 LE' },
  { bytes: [0xfe, 0xff], encoding: 'UTF-16 BE' },
];

/**
 * JSON's syntax and keys are ASCII, and UTF-16 stores ASCII as a NUL next to each character: so
 * UTF-16 without a byte-order mark has NULs on at least this share of its even (BE) or odd (LE)
 * bytes. UTF-8 JSON has none at all (a NUL must be written as \u0000).
 */
const UTF16_NUL_SHARE = 0.5;
const NUL = 0x00;
const NEWLINE = 0x0a;

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean => prefix.every((byte, i) => bytes[i] === byte);
const lineAt = (bytes: Uint8Array, offset: number): number => bytes.subarray(0, offset).filter((byte) => byte === NEWLINE).length + 1;

/** What NUL bytes betray about a file, or null when it has none. */
function nulEncoding(bytes: Uint8Array): string | null {
  let even = 0;
  let odd = 0;
  bytes.forEach((byte, i) => {
    if (byte !== NUL) return;
    if (i % 2 === 0) even++;
    else odd++;
  });
  if (even + odd === 0) return null;
  const halfLength = bytes.length / 2;
  if (odd >= halfLength * UTF16_NUL_SHARE && odd >= even) return 'is UTF-16 LE (a NUL beside each character)';
  if (even >= halfLength * UTF16_NUL_SHARE) return 'is UTF-16 BE (a NUL beside each character)';
  return `is not text (a NUL byte on line ${lineAt(bytes, bytes.indexOf(NUL))})`;
}

/** UTF-8 text from a file's bytes; `what` names the file in the message ("the trace file …"). */
export function decodeInputText(bytes: Uint8Array, what: string): string {
  const refuse = (problem: string): never => {
    throw new InputFileError(`${what} ${problem}; save it as UTF-8`);
  };
  const marked = FOREIGN_BYTE_ORDER_MARKS.find((mark) => startsWith(bytes, mark.bytes));
  if (marked !== undefined) refuse(`is ${marked.encoding} (it starts with that byte-order mark)`);
  const nul = nulEncoding(bytes);
  if (nul !== null) refuse(nul);
  try {
    // Drops a UTF-8 byte-order mark (ignoreBOM: false); fatal refuses bytes that are not UTF-8.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return refuse(`is not valid UTF-8 (line ${firstLineNotUtf8(bytes)})`);
  }
}

/** A newline byte is never part of a multi-byte UTF-8 sequence, so lines can be checked one by one. */
function firstLineNotUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  for (let line = 1; ; line++) {
    const newline = bytes.indexOf(NEWLINE, start);
    const end = newline === -1 ? bytes.length : newline;
    try {
      decoder.decode(bytes.subarray(start, end));
    } catch {
      return line;
    }
    if (newline === -1) return line;
    start = newline + 1;
  }
}

/** Reads a trace or settings file as UTF-8 text; every failure is an InputFileError naming the file. */
export function readInputText(path: string, kind: 'trace' | 'settings'): string {
  const what = `the ${kind} file "${path}"`;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new InputFileError(`cannot read ${what}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  return decodeInputText(bytes, what);
}
