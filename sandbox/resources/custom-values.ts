/**
 * Custom values: a sub-account's merge fields for templates (`{{ custom_values.office_phone }}`): list,
 * create, get, update (name and value, both required as the spec says), delete. The merge field is made
 * from the name when the value is created and kept when it is renamed (templates that use it keep working).
 */
import { fail, Reply, type Handler, type Req } from '../http';
import { defineResource } from '../resource';
import { SEED } from '../seed-ids';
import { newId, type Rec, type SandboxState } from '../state';

/** `Office Phone` → `{{ custom_values.office_phone }}`. */
const fieldKeyOf = (name: string): string =>
  `{{ custom_values.${name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')} }}`;

const shown = (v: Rec): Rec => ({ id: v.id, name: v.name, fieldKey: v.fieldKey, value: v.value, locationId: v.locationId });

/** The custom value of the path's sub-account (the server has checked the token may use that sub-account). */
const valueOf = (req: Req, state: SandboxState): Rec => {
  const found = state.table('customValues').get(req.params.id);
  if (!found || found.locationId !== req.params.locationId) throw fail(404, `Custom value with id ${req.params.id} not found`);
  return found;
};

const create: Handler = (req, state) => {
  const value = state.table('customValues').put({
    id: newId(),
    locationId: req.params.locationId,
    name: req.body.name,
    fieldKey: fieldKeyOf(req.body.name),
    value: req.body.value,
  });
  return new Reply(201, { customValue: shown(value) });
};

const update: Handler = (req, state) => {
  const value = valueOf(req, state);
  Object.assign(value, { name: req.body.name, value: req.body.value });
  return { customValue: shown(value) };
};

export default defineResource({
  name: 'custom-values',
  routes: (r) => {
    r.get('/locations/{locationId}/customValues', (req, s) => ({
      customValues: s.table('customValues').where((v) => v.locationId === req.params.locationId).map(shown),
    }));
    r.post('/locations/{locationId}/customValues', create);
    r.get('/locations/{locationId}/customValues/{id}', (req, s) => ({ customValue: shown(valueOf(req, s)) }));
    r.put('/locations/{locationId}/customValues/{id}', update);
    r.delete('/locations/{locationId}/customValues/{id}', (req, s) => {
      s.table('customValues').delete(valueOf(req, s).id);
      return { succeded: true };
    });
  },
  seed: (s) => {
    const { locationId } = s.options;
    for (const [id, name, value] of [
      [SEED.customValues.officePhone, 'Office Phone', '+1 205 555 0100'],
      [SEED.customValues.bookingLink, 'Booking Link', 'https://acmedental.example.com/book'],
      [SEED.customValues.hygieneSpecial, 'Hygiene Special', '$79 cleaning and exam through March'],
    ]) {
      s.table('customValues').put({ id, locationId, name, fieldKey: fieldKeyOf(name), value });
    }
  },
});
