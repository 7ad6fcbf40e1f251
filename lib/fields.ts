/**
 * Input fields shared by many operations. Every id input is a dynamic dropdown (fed by a hidden trigger
 * in triggers/dropdown_*.ts) that still accepts a mapped value.
 */
import type { Field } from './types';

interface IdFieldOptions {
  required?: boolean;
  helpText?: string;
  list?: boolean;
  altersDynamicFields?: boolean;
}

/** An id input backed by a dropdown: `dynamic` is `hidden_trigger_key.valueKey.labelKey`. */
export const idField = (key: string, label: string, dynamic: string, opts: IdFieldOptions = {}): Field => ({
  key,
  label,
  required: opts.required ?? true,
  dynamic,
  ...(opts.list ? { list: true } : {}),
  ...(opts.altersDynamicFields ? { altersDynamicFields: true } : {}),
  helpText: opts.helpText ?? `Choose from the list, or map the ${label} ID from an earlier step.`,
});

export const contactIdField = (opts: IdFieldOptions = {}): Field =>
  idField('contactId', 'Contact', 'dropdown_contacts.id.name', {
    helpText: 'Choose a contact, or map a Contact ID from an earlier step (for example from Find Contact).',
    ...opts,
  });

export const userIdField = (key = 'assignedTo', label = 'Assigned User', opts: IdFieldOptions = {}): Field =>
  idField(key, label, 'dropdown_users.id.name', {
    required: false,
    helpText: 'A user of the sub-account. Choose from the list, or map a User ID.',
    ...opts,
  });

export const tagsField = (opts: { required?: boolean; key?: string; label?: string; helpText?: string } = {}): Field => ({
  key: opts.key ?? 'tags',
  label: opts.label ?? 'Tags',
  required: opts.required ?? false,
  list: true,
  dynamic: 'dropdown_tags.name.name',
  helpText:
    opts.helpText ??
    'Tag names. Choose existing tags or type new ones; a comma-separated value is split into several tags.',
});

export const campaignIdField = (opts: IdFieldOptions = {}): Field =>
  idField('campaignId', 'Campaign', 'dropdown_campaigns.id.name', opts);

export const workflowIdField = (opts: IdFieldOptions = {}): Field =>
  idField('workflowId', 'Workflow', 'dropdown_workflows.id.name', opts);

export const businessIdField = (key = 'businessId', opts: IdFieldOptions = {}): Field =>
  idField(key, 'Business', 'dropdown_businesses.id.name', opts);

