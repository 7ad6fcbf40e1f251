import { defineOperation } from '../lib/operation';
import { ghlRequest, InputError } from '../lib/http';
import { recordAt } from '../lib/results';
import { isBlank } from '../lib/transforms';
import type { Field } from '../lib/types';
import {
  CUSTOM_VALUE_ID,
  CUSTOM_VALUE_NAME,
  CUSTOM_VALUE_OUTPUT_FIELDS,
  CUSTOM_VALUE_SAMPLE,
  CUSTOM_VALUE_VALUE,
} from '../domains/custom-values';

const NAME: Field = { ...CUSTOM_VALUE_NAME, required: false, helpText: 'A new name; leave empty to keep the current one.' };
const VALUE: Field = { ...CUSTOM_VALUE_VALUE, required: false, helpText: 'The new value; leave empty to keep the current one.' };

export default defineOperation({
  key: 'update_custom_value',
  kind: 'create',
  noun: 'Value',
  label: 'Update Custom Value',
  description: 'Updates the value (or the name) of one of the custom values.',
  endpoint: { method: 'PUT', path: '/locations/{locationId}/customValues/{id}' },
  scopes: ['locations/customValues.write', 'locations/customValues.readonly'],
  extraRequests: 'the current custom value (GET /locations/{locationId}/customValues/{id}) when Name or Value is left empty',
  location: 'path',
  inputFields: [CUSTOM_VALUE_ID, NAME, VALUE],
  // GoHighLevel takes both the name and the value on every update: what is left empty keeps its current text.
  request: async (input, ctx) => {
    if (isBlank(input.name) && isBlank(input.value)) throw new InputError('Give a new Value or a new Name for the custom value.', 'value');
    if (!isBlank(input.name) && !isBlank(input.value)) return {};
    const current = recordAt(
      await ghlRequest(
        ctx.z,
        {
          method: 'GET',
          path: '/locations/{locationId}/customValues/{id}',
          pathParams: { locationId: ctx.locationId, id: input.customValueId },
          labels: { id: 'Custom Value' },
          token: ctx.token,
        },
        'Reading the custom value',
      ),
      'customValue',
    );
    return { body: isBlank(input.name) ? { name: current.name } : { value: current.value ?? '' } };
  },
  result: 'customValue',
  sample: CUSTOM_VALUE_SAMPLE,
  outputFields: CUSTOM_VALUE_OUTPUT_FIELDS,
});
