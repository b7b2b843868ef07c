import { RELATIONS } from '../../lib/contacts-client';
import { hasKey, t } from '../../lib/i18n';

/** A relation (stored in Chinese, as the bureau and the manual write it) in the UI language. */
export function relationLabel(relation: string): string {
  const key = `contacts.rel.${relation}`;
  return hasKey(key) ? t(key) : relation;
}

/** The relations to choose from, in the manual's order. */
export const relationChoices = () => RELATIONS.map((r) => ({ value: r, label: relationLabel(r) }));
