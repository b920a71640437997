import { simpleParser } from 'mailparser';
import { outletFromDomain } from '../outlets.js';
import { toPage } from './page.js';

/** An e-mail (.eml) as an article: the subject its title, the sender its author and (by the sender's domain) outlet, its date, the HTML or text body. */
export async function convertEmail(bytes: Uint8Array): Promise<Uint8Array> {
  const mail = await simpleParser(Buffer.from(bytes), { skipImageLinks: true, skipTextToHtml: true });
  const sender = mail.from?.value[0];
  const domain = sender?.address?.split('@')[1];
  const body = typeof mail.html === 'string' ? (/<body[^>]*>([\s\S]*)<\/body>/i.exec(mail.html)?.[1] ?? mail.html) : undefined;
  const paragraphs = (mail.text ?? '').split(/\r?\n\s*\r?\n/).map((p) => p.replace(/\s*\r?\n\s*/g, ' ').trim()).filter(Boolean);
  return toPage({
    title: mail.subject ?? null,
    author: sender?.name || sender?.address || null,
    outlet: domain ? outletFromDomain(domain) : null,
    published: mail.date && !Number.isNaN(mail.date.getTime()) ? mail.date.toISOString() : null,
    ...(body ? { html: body } : { paragraphs }),
  });
}
