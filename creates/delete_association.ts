import { deletion } from '../lib/results';
import { defineOperation } from '../lib/operation';
import { ASSOCIATION_ID_FIELD } from '../domains/associations';

export default defineOperation({
  key: 'delete_association',
  kind: 'create',
  noun: 'Association',
  label: 'Delete Association',
  description: 'Deletes a user-defined association (and with it the relations made with it).',
  endpoint: { method: 'DELETE', path: '/associations/{associationId}' },
  ...deletion('associationId', 'Association ID', { id: '6d6f6e676f5f6576656e7473', deleted: true, message: 'Association deleted successfully' }, { idFromAnswer: true, deletes: 'the association and the relations made with it' }),
  scopes: ['associations.write'],
  inputFields: [ASSOCIATION_ID_FIELD],
});
