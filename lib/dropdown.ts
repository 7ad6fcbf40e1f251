/**
 * Hidden triggers that feed dynamic dropdowns: a list endpoint, and how each item is labelled.
 * `dynamic: 'dropdown_x.id.name'` (or another label key) points at them.
 */
import { defineOperation } from './operation';
import type { Ctx, Declaration, Field, Input, ListSpec, Paging, RequestParts } from './types';

export interface DropdownSpec {
  key: string;
  noun: string;
  endpoint: Declaration['endpoint'];
  scopes: string[];
  token?: Declaration['token'];
  location?: Declaration['location'];
  listKey: ListSpec['key'];
  paging?: Paging;
  request?: (input: Input, ctx: Ctx) => RequestParts;
  /** Sends the built request itself (e.g. once per calendar); see Declaration.send. */
  send?: Declaration['send'];
  /** The requests `send` makes besides the endpoint's, for the request-count check. */
  extraRequests?: string;
  idOf?: (item: any) => unknown;
  /** Inputs of the step this dropdown reads (e.g. the chosen contact); declared for checks, never shown. */
  inputs?: Field[];
  /** The label shown in the dropdown (stored as `name` unless labelKey says otherwise). */
  label: (item: any) => string;
  labelKey?: string;
}

/** "business" → "businesses", "opportunity" → "opportunities", "category" → "categories", "tag" → "tags". */
export const plural = (noun: string): string =>
  /(s|x|ch|sh)$/.test(noun) ? `${noun}es` : /[^aeiou]y$/.test(noun) ? `${noun.slice(0, -1)}ies` : `${noun}s`;

export const defineDropdown = (spec: DropdownSpec) =>
  defineOperation({
    key: spec.key,
    kind: 'trigger',
    noun: spec.noun,
    label: `${spec.noun} List`,
    description: `Lists ${plural(spec.noun.toLowerCase())} for dropdowns.`,
    hidden: true,
    endpoint: spec.endpoint,
    scopes: spec.scopes,
    token: spec.token,
    location: spec.location,
    request: spec.request,
    send: spec.send,
    extraRequests: spec.extraRequests,
    inputFields: spec.inputs,
    list: {
      key: spec.listKey,
      paging: spec.paging,
      idOf: spec.idOf,
      each: (item: any) => ({ ...item, [spec.labelKey || 'name']: spec.label(item) || String(item?.id ?? '') }),
    },
  });

/** "Jane Doe (jane@x.com)" from whatever name parts an item has. */
export const personLabel = (item: any): string => {
  const name = item?.name || [item?.firstName, item?.lastName].filter(Boolean).join(' ');
  const contact = item?.email || item?.phone;
  if (name && contact) return `${name} (${contact})`;
  return name || contact || '';
};
