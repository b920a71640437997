import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeFile } from './decode.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
const russian =
  'Министр транспорта открыл новый мост через реку во вторник. По словам чиновников, строительство заняло три года и обошлось дороже, чем планировалось.';
const arabic =
  'افتتح وزير النقل جسرا جديدا فوق النهر يوم الثلاثاء. وقال المسؤولون إن البناء استغرق ثلاث سنوات وكلف أكثر مما كان مخططا له.';

describe('decodeFile', () => {
  it('reads UTF-8 text as plain text', () => {
    expect(decodeFile('a.txt', utf8('Hello river, hello bridge.'))).toEqual({
      text: 'Hello river, hello bridge.',
      encoding: 'utf-8',
      format: 'text',
      messages: [],
    });
  });

  it('strips a UTF-8 BOM', () => {
    const r = decodeFile('a.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Bridge')]));
    expect(r).toMatchObject({ text: 'Bridge', encoding: 'utf-8' });
  });

  it('decodes UTF-16 LE with a BOM', () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...iconv.encode('Мост открыт. Bridge open.', 'utf-16le')]);
    expect(decodeFile('u16.txt', bytes)).toMatchObject({ text: 'Мост открыт. Bridge open.', encoding: 'utf-16le' });
  });

  it('detects windows-1251 Cyrillic and says which encoding it assumed', () => {
    const r = decodeFile('ru.txt', iconv.encode(russian, 'windows-1251'));
    expect(r).toMatchObject({ text: russian, encoding: 'windows-1251' });
    expect('messages' in r && r.messages[0]).toMatchObject({ file: 'ru.txt', rule: 'read/encoding' });
    expect('messages' in r && r.messages[0].message).toContain('windows-1251');
  });

  it('detects windows-1256 Arabic', () => {
    expect(decodeFile('ar.txt', iconv.encode(arabic, 'windows-1256'))).toMatchObject({ text: arabic, encoding: 'windows-1256' });
  });

  it('uses the charset an HTML page declares when the bytes are not UTF-8', () => {
    const page = `<html><head><meta charset="windows-1251"></head><body><p>${russian}</p></body></html>`;
    const r = decodeFile('ru.html', iconv.encode(page, 'windows-1251'));
    expect(r).toMatchObject({ text: page, encoding: 'windows-1251', format: 'html' });
  });

  it('sniffs HTML by content when the extension does not say', () => {
    expect(decodeFile('page.txt', utf8('  <!DOCTYPE html><html><body><p>x</p></body></html>'))).toMatchObject({ format: 'html' });
    expect(decodeFile('note.txt', utf8('The <html> tag starts a page.'))).toMatchObject({ format: 'text' });
  });

  it('rejects binary files by magic number, NUL bytes or control characters', () => {
    const pdf = decodeFile('x.pdf', utf8('%PDF-1.7 rest'));
    expect(pdf).toMatchObject({ error: { file: 'x.pdf', rule: 'read/binary' } });
    expect('error' in pdf && pdf.error.message).toContain('x.pdf');
    expect(decodeFile('x.bin', new Uint8Array([65, 0, 66, 67]))).toMatchObject({ error: { rule: 'read/binary' } });
    expect(decodeFile('x.dat', new Uint8Array([1, 2, 3, 4, 5, 65, 66]))).toMatchObject({ error: { rule: 'read/binary' } });
  });

  it('rejects empty and whitespace-only files', () => {
    expect(decodeFile('e.txt', new Uint8Array())).toMatchObject({ error: { rule: 'read/empty', message: 'e.txt: empty file' } });
    expect(decodeFile('w.txt', utf8(' \n\t\n'))).toMatchObject({ error: { rule: 'read/empty' } });
  });
});
