import { describe, expect, it } from 'vitest';
import { parseNavigationLine } from './navigation.js';

describe('parseNavigationLine', () => {
  it('reads site menus and breadcrumbs', () => {
    expect(parseNavigationLine('Home | Towns | Sport | Jobs')).toEqual({ kind: 'menu', items: ['Home', 'Towns', 'Sport', 'Jobs'] });
    expect(parseNavigationLine('FenNet › World › Europe')).toEqual({ kind: 'breadcrumb', items: ['FenNet', 'World', 'Europe'] });
  });

  it('ignores table rows, two-item pairs and sentences with separators', () => {
    expect(parseNavigationLine('| Passengers | 36 |')).toBeNull();
    expect(parseNavigationLine('2024 | 36 | 11')).toBeNull();
    expect(parseNavigationLine('Towns | Sport')).toBeNull();
    expect(parseNavigationLine('The mayor said the works | which began in May | will end soon.')).toBeNull();
  });
});
