/**
 * What the custom value operations share: the custom value to act on (a dropdown of the sub-account's),
 * its name and value fields (with their bindings), and the custom value sample and output fields (after
 * the spec's example).
 */
import { idField } from '../lib/fields';
import type { Field, OutputField } from '../lib/types';

/** The custom value to act on: `{id}` in the path. */
export const CUSTOM_VALUE_ID: Field = {
  ...idField('customValueId', 'Custom Value', 'dropdown_custom_values.id.name', {
    helpText: "One of the sub-account's custom values. Choose from the list, or map a Custom Value ID.",
  }),
  to: 'path',
  name: 'id',
};

export const CUSTOM_VALUE_NAME: Field = {
  key: 'name',
  label: 'Name',
  required: true,
  helpText: 'e.g. "Office Phone"; templates use it as the merge field `{{ custom_values.office_phone }}`.',
  to: 'body',
};

export const CUSTOM_VALUE_VALUE: Field = {
  key: 'value',
  label: 'Value',
  type: 'text',
  required: true,
  helpText: 'What the merge field shows in emails, texts and pages.',
  to: 'body',
};

export const CUSTOM_VALUE_SAMPLE = {
  id: 'rWQ709Pb62syqGLceg1x',
  name: 'Office Phone',
  fieldKey: '{{ custom_values.office_phone }}',
  value: '+1 205 555 0100',
  locationId: 've9EPM428h8vShlRW1KT',
};

export const CUSTOM_VALUE_OUTPUT_FIELDS: OutputField[] = [
  { key: 'id', label: 'Custom Value ID' },
  { key: 'name', label: 'Name' },
  { key: 'fieldKey', label: 'Merge Field' },
  { key: 'value', label: 'Value' },
  { key: 'locationId', label: 'Sub-Account ID' },
];
