/**
 * What several Social Planner operations share: the tag sample and output fields, and the conversions of
 * the statistics and tag inputs (a list that must hold an id; the platforms GHL reports on).
 */
import { InputError } from '../lib/http';
import { toList } from '../lib/transforms';
import type { Conversion, OutputField } from '../lib/types';

/** A social planner tag (the spec's SocialMediaTagSchema example), with `id` beside GHL's `_id`. */
export const SOCIAL_TAG_SAMPLE = {
  id: '65fbdcfecc884f07e645ea8b',
  _id: '65fbdcfecc884f07e645ea8b',
  tag: 'Primary Tag',
  locationId: 'Lx1EI6YIgQYMQi0ytFXv',
  createdBy: 'hxHGVRb1YJUscrCB8eXK',
  deleted: false,
  createdAt: '2023-08-02T00:00:00.000Z',
  updatedAt: '2023-08-02T00:00:00.000Z',
};

export const SOCIAL_TAG_OUTPUT_FIELDS: OutputField[] = [
  { key: 'id', label: 'Tag ID' },
  { key: '_id', label: 'Tag ID (GHL)' },
  { key: 'tag', label: 'Tag Name' },
  { key: 'locationId', label: 'Location ID' },
  { key: 'createdBy', label: 'Created By User ID' },
  { key: 'deleted', label: 'Deleted', type: 'boolean' },
  { key: 'createdAt', label: 'Created At', type: 'datetime' },
  { key: 'updatedAt', label: 'Updated At', type: 'datetime' },
];

/** The platforms the statistics endpoint reports on. */
export const SOCIAL_PLATFORMS = ['facebook', 'instagram', 'linkedin', 'google', 'pinterest', 'youtube', 'tiktok'] as const;

/** Platforms, lower-cased (`Google` → `google`); one GHL does not report on is an input error. */
export const socialPlatforms: Conversion = (value, { key, label }) => {
  const platforms = toList(value).map((p) => p.toLowerCase());
  const unknown = platforms.filter((p) => !(SOCIAL_PLATFORMS as readonly string[]).includes(p));
  if (unknown.length) {
    throw new InputError(`The ${label} field has unsupported values (${unknown.join(', ')}); use ${SOCIAL_PLATFORMS.join(', ')}.`, key);
  }
  return platforms;
};
