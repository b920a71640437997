import { it } from 'vitest';
import { parseByline, parseDateLine } from '../clean/index.js';
import { toIsoDate } from './dates.js';
it('scratch', () => {
for (const l of ['By Meridian staff | Published 20 October 2025, 11:52 GMT','By Jane Roe | Updated 5 May 2025','By Jane Roe | Published 4 May 2025 | Updated 5 May 2025','Last updated: 20/10/2025 18:05','By Mara Quill | March 3, 2025']) console.log(l, parseByline(l));
for (const l of ['20.10.2025, 15:10','21 October 2025','Monday, 4 May 2025, 10:15 GMT','20 октября 2025','20 de octubre de 2025','Aktau is big','2025','October 2025']) console.log(l, parseDateLine(l), toIsoDate(parseDateLine(l)));
for (const d of ['03/04/2025','13/04/2025','04/13/2025','20-10-2025','1er mars 2025','20. Oktober 2025','octubre 20, 2025','20 октября 2025 г.','30.02.2025', 'May 5, 2025']) console.log(d, toIsoDate(d));
});
