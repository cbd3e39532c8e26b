// Every word of a message, per locale, in templates/<locale>/: a template per purpose
// (<purpose>.hbs: the subject line, ---, then the body), a short text per purpose for SMS
// (sms/<purpose>.hbs: the text alone) and words.json (what the code fills in:
// milestones, needs, blood types, roles, and the sample data of the organizers' preview). A
// translator finds a language's messages in its folder and nowhere else.
import { readFileSync } from 'fs';
import Handlebars from 'handlebars';
import { join } from 'path';
import { Locale } from '@life-relay/domain';

const TEMPLATES = join(__dirname, 'templates');

export interface MessageWords {
  /** By milestone (a donation count, as MILESTONES). */
  milestones: Record<string, string>;
  /** Who a call-out asks for, by drive kind. */
  needs: Record<string, string>;
  /** A need naming blood types: {need} and {bloodTypes}. */
  needWithBloodTypes: string;
  bloodTypes: Record<string, string>;
  /** Between the items of a list written out. */
  listSeparator: string;
  /** An account's role, as an invitation names it. */
  roles: Record<string, string>;
  /** Sample data for the organizers' preview. */
  preview: { name: string; driveTitle: string; location: string; message: string };
}

interface CompiledTemplate {
  subject: HandlebarsTemplateDelegate;
  body: HandlebarsTemplateDelegate;
}

const templates = new Map<string, CompiledTemplate>();
const words = new Map<Locale, MessageWords>();

/** The template of a purpose in a locale, compiled once. */
export function templateOf(locale: Locale, purpose: string): CompiledTemplate {
  const name = `${locale}/${templateName(purpose)}`;
  let compiled = templates.get(name);
  if (!compiled) {
    const source = readFileSync(join(TEMPLATES, `${name}.hbs`), 'utf8');
    const [head, ...rest] = source.split('\n---\n');
    // Plain-text e-mail: nothing to escape; the HTML part escapes on its own.
    compiled = { subject: Handlebars.compile(head.replace(/^subject:\s*/, ''), { noEscape: true }), body: Handlebars.compile(rest.join('\n---\n'), { noEscape: true }) };
    templates.set(name, compiled);
  }
  return compiled;
}

const smsTemplates = new Map<string, HandlebarsTemplateDelegate>();

/** The file name of a purpose's template: SIGN_UP_CONFIRMATION is sign-up-confirmation.hbs. */
export const templateName = (purpose: string) => purpose.toLowerCase().replace(/_/g, '-');

/** The short text of a purpose in a locale, for SMS, compiled once. */
export function smsTemplateOf(locale: Locale, purpose: string): HandlebarsTemplateDelegate {
  const name = `${locale}/sms/${templateName(purpose)}`;
  let compiled = smsTemplates.get(name);
  if (!compiled) smsTemplates.set(name, (compiled = Handlebars.compile(readFileSync(join(TEMPLATES, `${name}.hbs`), 'utf8'), { noEscape: true })));
  return compiled;
}

/** The words of a locale, read once. */
export function wordsOf(locale: Locale): MessageWords {
  let found = words.get(locale);
  if (!found) words.set(locale, (found = JSON.parse(readFileSync(join(TEMPLATES, locale, 'words.json'), 'utf8')) as MessageWords));
  return found;
}

/** The words for a milestone reached, or null. */
export function milestoneText(milestone: number | null, locale: Locale): string | null {
  return milestone ? wordsOf(locale).milestones[milestone] : null;
}

/** Who a call-out asks for: the kind's donors, and the blood types if it names some. */
export function needText(kind: string, bloodTypes: string[], locale: Locale): string {
  const w = wordsOf(locale);
  const types = bloodTypes.map((t) => w.bloodTypes[t] ?? t).join(w.listSeparator);
  return types ? w.needWithBloodTypes.replace('{need}', () => w.needs[kind]).replace('{bloodTypes}', () => types) : w.needs[kind];
}
