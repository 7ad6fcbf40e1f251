import { defineInstant } from '../lib/instant';
import { SCHEMA_KEY } from '../domains/custom-objects';
import { exampleOf, objectMatches } from '../domains/webhooks';
import twin from './new_custom_object_record';

/** New Custom Object Record, from GoHighLevel's RecordCreate webhook: the twin's item (properties by name) and id. */
export default defineInstant({
  key: 'new_custom_object_record_instant',
  label: 'New Custom Object Record (Instant)',
  description: 'Triggers when a record of the chosen custom object is created.',
  counterpart: twin,
  events: ['RecordCreate'],
  inputFields: [SCHEMA_KEY],
  matches: objectMatches,
  about: 'Fires once for each record created (RecordCreate) of the chosen custom object.',
  example: () => exampleOf('RecordCreate'),
});
