import meta from './data/metadata-lines.json' with { type: 'json' };
import { looksLikeLabel } from './shape.js';

/** A site menu ("Home | World | Sport") or breadcrumb ("Site › World › Asia") line. */
export interface NavigationLine {
  kind: 'menu' | 'breadcrumb';
  items: string[];
}

const nav = meta.navigation;
const BREADCRUMB = new RegExp(nav.breadcrumbSeparator, 'u');
const MENU = new RegExp(nav.menuSeparator, 'u');

/** Reads a line made only of short labels joined by menu or breadcrumb separators; null for anything else. */
export function parseNavigationLine(line: string): NavigationLine | null {
  const breadcrumb = navigationItems(line, BREADCRUMB);
  if (breadcrumb && breadcrumb.length >= 2) return { kind: 'breadcrumb', items: breadcrumb };
  const menu = navigationItems(line, MENU);
  if (menu && menu.length >= nav.minMenuItems) return { kind: 'menu', items: menu };
  return null;
}

function navigationItems(line: string, separator: RegExp): string[] | null {
  const items = line.trim().split(separator);
  // every item a short label with letters: a row of figures is a table, not a menu
  return items.every((item) => looksLikeLabel(item, nav.maxItemWords) && /\p{L}/u.test(item)) ? items : null;
}
