import { defineOperation } from '../lib/operation';
import { itemsOf } from '../domains/associations';

/** A readable dropdown label: "student_teacher (custom_objects.children ↔ contact)". */
const associationLabel = (a: any): string => {
  const ends = [a?.firstObjectKey, a?.secondObjectKey].filter(Boolean).join(' ↔ ');
  return a?.key ? (ends ? `${a.key} (${ends})` : String(a.key)) : ends;
};

/**
 * The sub-account's associations (dropdown_associations.id.name, or .key.name for association keys).
 * Made with defineOperation rather than defineDropdown: the list's wrapper key is undocumented.
 */
export default defineOperation({
  key: 'dropdown_associations',
  kind: 'trigger',
  noun: 'Association',
  label: 'Association List',
  description: 'Lists associations for dropdowns.',
  hidden: true,
  endpoint: { method: 'GET', path: '/associations/' },
  scopes: ['associations.readonly'],
  location: 'query',
  list: {
    key: itemsOf('associations', 'data'),
    paging: { style: 'limit/skip', size: 100 },
    each: (a: any) => ({ ...a, name: associationLabel(a) || String(a?.id ?? '') }),
  },
});
