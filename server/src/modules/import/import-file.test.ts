import 'reflect-metadata';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../graphql/user-error.js';
import { decodeFile, detectDelimiter, parseFile } from './import-file.js';

describe('reading an uploaded file', () => {
  it('detects UTF-8 (with or without BOM), UTF-16 and Windows-1252', () => {
    expect(decodeFile(Buffer.from('Naam\nCafé Zürich\n'))).toEqual({
      encoding: 'UTF-8',
      text: 'Naam\nCafé Zürich\n',
    });
    expect(decodeFile(Buffer.from('\uFEFFa,b\n'))).toEqual({ encoding: 'UTF-8', text: 'a,b\n' });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('Zoë;€', 'utf-16le')]);
    expect(decodeFile(utf16)).toEqual({ encoding: 'UTF-16LE', text: 'Zoë;€' });
    const ansi = iconv.encode('Name;Ort\nJosé;Zürich – 5 €\nRené;Genève\n', 'win1252');
    expect(decodeFile(ansi)).toEqual({
      encoding: 'windows-1252',
      text: 'Name;Ort\nJosé;Zürich – 5 €\nRené;Genève\n',
    });
    expect(decodeFile(ansi, 'latin2')).toMatchObject({ encoding: 'latin2' });
    expect(decodeFile(ansi, 'klingon')).toBeInstanceOf(UserError);
  });

  it('detects the delimiter from the first lines, ignoring quoted ones', () => {
    expect(detectDelimiter('a,b,c\n1,2,3\n')).toBe(',');
    expect(detectDelimiter('Name;Amount\n"Smith, J.";1,50\n"Doe, A.";2,00\n')).toBe(';');
    expect(detectDelimiter('a\tb\n1\t2\n')).toBe('\t');
    expect(detectDelimiter('a|b\n1|2\n')).toBe('|');
    expect(detectDelimiter('just one column\nvalue\n')).toBe(',');
  });

  it('numbers rows by the line they start on, names blank and repeated headers', () => {
    const parsed = parseFile('A,,A\n1,2,3\n\n"x\ny",5,6\n,,\n7,8,9', ',');
    expect(parsed).toEqual({
      headers: ['A', 'Column 2', 'A (2)'],
      rows: [
        { line: 2, cells: ['1', '2', '3'] },
        { line: 4, cells: ['x\ny', '5', '6'] },
        { line: 7, cells: ['7', '8', '9'] },
      ],
    });
  });

  it('answers unreadable and empty files with what to do', () => {
    expect(parseFile('', ',')).toMatchObject({ code: 'EMPTY_FILE' });
    const wide = parseFile(Array.from({ length: 101 }, (_, i) => `c${i}`).join(','), ',');
    expect(wide).toMatchObject({ code: 'TOO_MANY_COLUMNS' });
  });
});
