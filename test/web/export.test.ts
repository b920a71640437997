import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvCell, fileName, toCsv } from '../../web/export.js';

describe('CSV export of a view', () => {
  it('quotes fields with a comma, a quote or a line break, doubling the quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "no"')).toBe('"say ""no"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\r')).toBe('"cr\r"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(12)).toBe('12');
    expect(csvCell(false)).toBe('false');
  });

  it('makes text a spreadsheet would run as a formula inert, numbers stay numbers', () => {
    for (const lead of ['=', '+', '-', '@', '\t', '\r']) expect(csvCell(`${lead}1+1`).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('writes a file a strict parser reads back cell for cell', () => {
    const rows = [
      ['d1', 'He said, "the toll is 9"', -2],
      ['d2', '=cmd|\' /C calc\'!A0', null],
      ['d3', 'Баку\nبحر', 7],
    ];
    const text = toCsv(['id', 'quote', 'n'], rows);
    expect(text.endsWith('\r\n')).toBe(true);
    const back = parse(text, { columns: true, relax_quotes: false, relax_column_count: false });
    expect(back).toEqual([
      { id: 'd1', quote: 'He said, "the toll is 9"', n: '-2' },
      { id: 'd2', quote: "'=cmd|' /C calc'!A0", n: '' },
      { id: 'd3', quote: 'Баку\nبحر', n: '7' },
    ]);
  });

  it('names the file after the story and the view, without path or shell characters', () => {
    expect(fileName('caspian-ferry-fire', 'entities', 'csv')).toBe('caspian-ferry-fire-entities.csv');
    expect(fileName('../=SUM(1,2) "x"', 'graph', 'svg')).toBe('SUM-1-2-x-graph.svg');
    expect(fileName('Каспий', 'map', 'json')).toBe('Каспий-map.json');
  });
});
