/**
 * What several sub-account (location) operations share: a location's output fields (List Locations,
 * Find Location by ID, Create Location), and the country code GHL takes.
 */
import { InputError } from '../lib/http';
import type { Conversion, OutputField } from '../lib/types';

/** The keys every location answer has (`GET /locations/search`, `GET /locations/{id}`, `POST /locations/`). */
export const LOCATION_OUTPUT_FIELDS: OutputField[] = [
  { key: 'id', label: 'Location ID' },
  { key: 'name', label: 'Name' },
  { key: 'phone', label: 'Phone' },
  { key: 'email', label: 'Email' },
  { key: 'address', label: 'Address' },
  { key: 'city', label: 'City' },
  { key: 'state', label: 'State' },
  { key: 'country', label: 'Country' },
  { key: 'postalCode', label: 'Postal Code' },
  { key: 'website', label: 'Website' },
  { key: 'timezone', label: 'Timezone' },
  { key: 'settings', label: 'Settings' },
  { key: 'social', label: 'Social Links' },
];

/** A two-letter country code (ISO 3166-1 alpha-2), upper-cased: `us` → `US`; anything else is an input error. */
export const countryCode: Conversion = (value, { key, label }) => {
  const country = String(value).trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(country)) {
    throw new InputError(`The ${label} field must be a two-letter country code such as US, got "${value}".`, key);
  }
  return country;
};
