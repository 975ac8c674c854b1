import { describe, expect, it } from 'vitest';
import { decodeInputText, InputFileError } from '../../scripts/simulator/inputText';

const json = '{"at": "2026-03-02T09:00:00Z", "event": "start"}\n{"at": "2026-03-02T17:00:00Z", "event": "end"}';
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const problemWith = (bytes: Uint8Array): string => {
  try {
    decodeInputText(bytes, 'the trace file');
  } catch (error) {
    if (error instanceof InputFileError) return error.message;
    throw error;
  }
  throw new Error('expected the bytes to be refused');
};

describe('reading a trace or settings file', () => {
  it('reads UTF-8, with or without a byte-order mark, and drops the mark', () => {
    expect(decodeInputText(utf8(json), 'the trace file')).toBe(json);
    expect(decodeInputText(utf8(`\uFEFF${json}`), 'the trace file')).toBe(json);
    expect(decodeInputText(utf8('{"name": "Jürgen"}'), 'the trace file')).toBe('{"name": "Jürgen"}');
  });

  it.each([
    ['UTF-16 LE with its byte-order mark', Buffer.from(`\uFEFF${json}`, 'utf16le'), 'is UTF-16 LE (it starts with that byte-order mark)'],
    ['UTF-16 BE with its byte-order mark', Buffer.from(`\uFEFF${json}`, 'utf16le').swap16(), 'is UTF-16 BE (it starts with that byte-order mark)'],
    ['UTF-16 LE without a mark', Buffer.from(json, 'utf16le'), 'is UTF-16 LE'],
    ['UTF-16 BE without a mark', Buffer.from(json, 'utf16le').swap16(), 'is UTF-16 BE'],
    ['UTF-32 LE with its byte-order mark', Uint8Array.from([0xff, 0xfe, 0x00, 0x00, 0x7b, 0x00, 0x00, 0x00]), 'is UTF-32 LE'],
    ['a stray NUL byte', utf8(`${json}\n\u0000`), 'is not text (a NUL byte on line 3)'],
    ['bytes that are not UTF-8', Uint8Array.from([...utf8(`${json}\n{"x": "`), 0xff, ...utf8('"}')]), 'is not valid UTF-8 (line 3)'],
  ])('refuses %s, naming the encoding', (_what, bytes, message) => {
    const problem = problemWith(bytes);
    expect(problem).toContain(`the trace file ${message}`);
    expect(problem).toContain('save it as UTF-8');
  });
});
